import type { Dirent } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { isGeneratedSourceName } from './ownership';

/** The bytes of a file, or undefined when it does not exist. */
export async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Writes a file so that readers never see half of it: a temporary file in the same folder, then a rename. */
export async function writeAtomically(file: string, contents: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temporary, contents);
    await fs.rename(temporary, file);
  } catch (e) {
    await fs.rm(temporary, { force: true });
    throw e;
  }
}

/**
 * Every `zz_generated.*.ts` file under the given folders (relative to `root`), as sorted root-relative
 * `/` paths. Skips `node_modules` and dot-folders, which hold no API packages.
 */
export function findGeneratedSources(root: string, dirs: readonly string[]): Promise<string[]> {
  return findFiles(root, dirs, isGeneratedSourceName);
}

/**
 * The temporary files (`<file>.<pid>.tmp`, as `writeAtomically` and the output stager name them) that a
 * kubegen process no longer running left under the given folders: a run killed half-way.
 */
export async function findStaleTemporaries(
  root: string,
  sourceRoots: readonly string[],
  outputDirs: readonly string[],
): Promise<string[]> {
  const temporary = /^(.*)\.(\d+)\.tmp$/;
  // Under the source roots only temporaries of generated sources; the output folders are kubegen's.
  const inSources = await findFiles(root, sourceRoots, (name) => {
    const match = temporary.exec(name);
    return match !== null && isGeneratedSourceName(match[1]);
  });
  const inOutputs = await findFiles(root, outputDirs, (name) => temporary.test(name));
  return [...new Set([...inSources, ...inOutputs])]
    .filter((file) => !isRunning(Number(temporary.exec(path.posix.basename(file))![2])))
    .sort();
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Files under the folders whose name `match`es, as sorted root-relative `/` paths. */
async function findFiles(
  root: string,
  dirs: readonly string[],
  match: (name: string) => boolean,
): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await readEntries(path.join(root, relative));
    for (const entry of entries) {
      const child = relative === '.' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walk(child);
      } else if (entry.isFile() && match(entry.name)) {
        found.push(child);
      }
    }
  }
  for (const dir of dirs) await walk(dir);
  return [...new Set(found)].sort();
}

async function readEntries(dir: string): Promise<Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    // A source root that does not exist holds no generated files; the model reports it if it matters.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw e;
  }
}

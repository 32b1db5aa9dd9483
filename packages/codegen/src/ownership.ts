import * as path from 'node:path';
import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { GeneratedFile } from '@kubegen/emit';

/** Name prefix of every generated source file; kubegen may write and delete such files. */
const GENERATED_PREFIX = 'zz_generated.';

/** True for a `zz_generated.*.ts` file name: the sources kubegen owns beside the API types. */
export function isGeneratedSourceName(fileName: string): boolean {
  return fileName.startsWith(GENERATED_PREFIX) && fileName.endsWith('.ts');
}

/**
 * Refuses every file kubegen does not own: outside the root, or neither named `zz_generated.*`
 * nor under an output folder. This keeps a generator bug from overwriting hand-written code.
 */
export function checkOwnership(
  files: readonly GeneratedFile[],
  outputDirs: readonly string[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const normal = path.posix.normalize(file.path);
    const inside =
      normal === file.path &&
      !path.posix.isAbsolute(normal) &&
      !normal.startsWith('../') &&
      normal !== '..';
    const owned =
      path.posix.basename(normal).startsWith(GENERATED_PREFIX) ||
      outputDirs.some((dir) => dir === '.' || normal.startsWith(`${dir}/`));
    if (inside && owned) continue;
    diagnostics.push(
      error(
        Codes.WouldOverwriteHandWritten,
        `generator '${file.generator}' produced '${file.path}', which kubegen does not own`,
        undefined,
        inside
          ? `kubegen writes only files named zz_generated.* and files under ${outputDirs.join(', ')}; ` +
              'add the folder to outputDirs or fix the generator'
          : 'generated paths must be relative to the project root, normalised, without ".."',
      ),
    );
  }
  return diagnostics;
}

/** Reports paths produced more than once, which would make the written bytes depend on run order. */
export function checkDuplicates(files: readonly GeneratedFile[]): Diagnostic[] {
  const byPath = new Map<string, string[]>();
  for (const file of files)
    byPath.set(file.path, [...(byPath.get(file.path) ?? []), file.generator]);
  return [...byPath]
    .filter(([, generators]) => generators.length > 1)
    .map(([file, generators]) =>
      error(
        Codes.DuplicateOutput,
        `'${file}' is produced ${generators.length} times (by ${generators.join(', ')})`,
        undefined,
        'each generated file must come from one generator; disable one of them with --generators',
      ),
    );
}

import * as path from 'node:path';
import type { Generator } from '@kubegen/emit';
import { readProjectConfig } from './config-file';
import { isGeneratedSourceName } from './ownership';
import { resolveOptions } from './resolve-options';
import type { GenerateOptions } from './types';

/** What a long-lived session reacts to, from the resolved options: absolute paths. */
export interface WatchScope {
  root: string;
  /** Folders holding the API sources, watched recursively. */
  sourceDirs: string[];
  /** Folders kubegen writes manifests into: changes there are its own output. */
  outputDirs: string[];
  /** The header file, when one is configured. */
  headerFile?: string;
}

/**
 * What a changed path means: `config` reloads the configuration and the program, `input` regenerates,
 * `ignore` is kubegen's own output or unrelated.
 */
export type ChangeKind = 'config' | 'input' | 'ignore';

/** Resolves the options (configuration file included) into the paths a session watches. */
export async function resolveWatchScope(
  options: GenerateOptions,
  generators: readonly Generator<object>[],
): Promise<WatchScope> {
  const { resolved } = await resolveOptions(options, generators);
  const { root } = resolved;
  const headerFile = options.headerFile ?? (await configuredHeaderFile(options, root));
  return {
    root,
    sourceDirs: resolved.sourceRoots.map((d) => path.resolve(root, d)),
    outputDirs: resolved.outputDirs.map((d) => path.resolve(root, d)),
    headerFile: headerFile === undefined ? undefined : path.resolve(root, headerFile),
  };
}

/** Classifies one changed path (absolute) against the scope. */
export function classifyChange(scope: WatchScope, file: string): ChangeKind {
  const relative = path.relative(scope.root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return 'ignore';
  const parts = relative.split(path.sep);
  const name = parts[parts.length - 1];
  if (parts.length === 1 && isConfigFileName(name)) return 'config';
  if (file === scope.headerFile) return 'input';
  // Atomic writes go through `<file>.<pid>.tmp`; generated sources and output folders are kubegen's own.
  if (name.endsWith('.tmp') || isGeneratedSourceName(name)) return 'ignore';
  if (parts.some((p) => p === 'node_modules' || p.startsWith('.'))) return 'ignore';
  if (scope.outputDirs.some((dir) => isInside(dir, file))) return 'ignore';
  if (scope.sourceDirs.some((dir) => isInside(dir, file) || isInside(file, dir))) return 'input';
  return 'ignore';
}

/** The configuration files a project root may hold, in any supported format, and package.json. */
export function isConfigFileName(name: string): boolean {
  return name === 'package.json' || /^kubegen\.config\.[a-z]+$/.test(name);
}

function isInside(dir: string, file: string): boolean {
  return file === dir || file.startsWith(dir + path.sep);
}

/** resolveOptions keeps only the header text; the watcher needs the file it came from. */
async function configuredHeaderFile(
  options: GenerateOptions,
  root: string,
): Promise<string | undefined> {
  if (options.config === false) return undefined;
  return (await readProjectConfig(root)).config.headerFile;
}

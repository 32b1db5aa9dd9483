import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import { parseDataConfig } from './config-source';
import { validateConfig } from './config-validate';
import type { KubegenConfig } from './define-config';

/** The options a project's configuration may set: every generate option but the root. */
export type ProjectConfig = KubegenConfig;

/** The config file names looked for in the project root, in order; `package.json`'s `kubegen` key after them. */
export const CONFIG_FILES = [
  'kubegen.config.ts',
  'kubegen.config.mts',
  'kubegen.config.cts',
  'kubegen.config.js',
  'kubegen.config.mjs',
  'kubegen.config.cjs',
  'kubegen.config.json',
  'kubegen.config.yaml',
  'kubegen.config.yml',
] as const;

/** The JSON config file name, kept for callers that write one. */
export const CONFIG_FILE = 'kubegen.config.json';

const SCRIPT_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);

/**
 * Reads the project's configuration: one `kubegen.config.*` file, else the `kubegen` key of
 * `package.json`. Unknown options and values of the wrong type are errors naming the path and position.
 */
export async function readProjectConfig(
  root: string,
): Promise<{ config: ProjectConfig; file?: string; diagnostics: Diagnostic[] }> {
  const present = (
    await Promise.all(
      CONFIG_FILES.map(async (name) => ((await exists(path.join(root, name))) ? name : undefined)),
    )
  ).filter((n): n is (typeof CONFIG_FILES)[number] => n !== undefined);
  if (present.length > 1) {
    const file = path.join(root, present[1]);
    const message = `more than one kubegen configuration file: ${present.join(', ')}`;
    const hint = `keep one of them; kubegen would not know which wins`;
    return {
      config: {},
      file,
      diagnostics: [error(Codes.BadOption, message, { file, line: 1, column: 1 }, hint)],
    };
  }
  const file = present.length === 1 ? path.join(root, present[0]) : path.join(root, 'package.json');
  const text = await readText(file);
  if (text === undefined) return { config: {}, diagnostics: [] };
  const { loaded, problem } =
    present.length === 0
      ? parseDataConfig(file, text, ['kubegen'])
      : SCRIPT_EXTENSIONS.has(path.extname(file))
        ? await loadScript(file, text)
        : parseDataConfig(file, text);
  if (problem) {
    return {
      config: {},
      file,
      diagnostics: [error(Codes.BadOption, problem.message, problem.position)],
    };
  }
  if (!loaded || (present.length === 0 && loaded.raw === undefined))
    return { config: {}, diagnostics: [] };
  return { ...validateConfig(loaded.raw, loaded.locate), file };
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Script configs need the TypeScript compiler: loaded only for a project that has one. */
function loadScript(file: string, text: string) {
  const { loadScriptConfig } = require('./config-script') as typeof import('./config-script');
  return loadScriptConfig(file, text);
}

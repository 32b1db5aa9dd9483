import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { GenerateOptions } from './types';

/** The options a project's configuration may set: every generate option but the root. */
export type ProjectConfig = Omit<GenerateOptions, 'root' | 'config'>;

/** The config file names looked for in the project root, in order. */
export const CONFIG_FILE = 'kubegen.config.json';

const KNOWN_KEYS: Record<keyof ProjectConfig, 'strings' | 'string' | 'object'> = {
  sourceRoots: 'strings',
  generators: 'strings',
  generatorOptions: 'object',
  header: 'string',
  headerFile: 'string',
  outputDirs: 'strings',
};

/**
 * Reads the project's configuration: `kubegen.config.json`, else the `kubegen` key of `package.json`.
 * Unknown keys and values of the wrong type are errors that name the key and the file.
 */
export async function readProjectConfig(
  root: string,
): Promise<{ config: ProjectConfig; file?: string; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const configFile = path.join(root, CONFIG_FILE);
  let raw = await readJson(configFile, diagnostics);
  let file: string | undefined = raw === undefined ? undefined : configFile;
  if (raw === undefined) {
    const pkg = await readJson(path.join(root, 'package.json'), diagnostics);
    if (isObject(pkg) && pkg.kubegen !== undefined) {
      raw = pkg.kubegen;
      file = path.join(root, 'package.json');
    }
  }
  if (raw === undefined || file === undefined) return { config: {}, diagnostics };
  const where = { file, line: 1, column: 1 };
  if (!isObject(raw)) {
    diagnostics.push(
      error(Codes.BadOption, 'the kubegen configuration must be a JSON object', where),
    );
    return { config: {}, file, diagnostics };
  }
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema') continue;
    const expected = KNOWN_KEYS[key as keyof ProjectConfig];
    if (!expected) {
      diagnostics.push(
        error(
          Codes.BadOption,
          `unknown option '${key}' in the kubegen configuration`,
          where,
          `known options: ${Object.keys(KNOWN_KEYS).join(', ')}`,
        ),
      );
    } else if (!hasType(value, expected)) {
      diagnostics.push(
        error(
          Codes.BadOption,
          `option '${key}' must be ${describe(expected)}`,
          where,
          `for example: ${example(key as keyof ProjectConfig)}`,
        ),
      );
    } else config[key] = value;
  }
  return { config: config as ProjectConfig, file, diagnostics };
}

async function readJson(file: string, diagnostics: Diagnostic[]): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    diagnostics.push(
      error(Codes.BadOption, `${path.basename(file)} is not valid JSON: ${(e as Error).message}`, {
        file,
        line: 1,
        column: 1,
      }),
    );
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasType(v: unknown, expected: 'strings' | 'string' | 'object'): boolean {
  if (expected === 'string') return typeof v === 'string';
  if (expected === 'object') return isObject(v) && Object.values(v).every(isObject);
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

function describe(expected: 'strings' | 'string' | 'object'): string {
  return expected === 'string'
    ? 'a string'
    : expected === 'strings'
      ? 'an array of strings'
      : 'an object of objects keyed by generator name';
}

function example(key: keyof ProjectConfig): string {
  switch (key) {
    case 'sourceRoots':
      return '"sourceRoots": ["apis", "controllers"]';
    case 'generators':
      return '"generators": ["deepcopy", "register"]';
    case 'generatorOptions':
      return '"generatorOptions": { "rbac": { "roleName": "manager-role" } }';
    case 'outputDirs':
      return '"outputDirs": ["config"]';
    default:
      return `"${key}": "hack/boilerplate.ts.txt"`;
  }
}

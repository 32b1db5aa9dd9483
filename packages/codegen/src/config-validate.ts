import { Codes, error, type Diagnostic, type SourcePosition } from '@kubegen/diagnostics';
import type { KubegenConfig } from './define-config';

/** Finds the position of the value at a path (`['generatorOptions', 'rbac']`) in the config file. */
export type Locate = (path: readonly (string | number)[]) => SourcePosition;

type Shape = 'strings' | 'string' | 'objects';

const OPTION_SHAPES: Record<keyof KubegenConfig, Shape> = {
  sourceRoots: 'strings',
  generators: 'strings',
  generatorOptions: 'objects',
  header: 'string',
  headerFile: 'string',
  outputDirs: 'strings',
};

const EXAMPLES: Record<keyof KubegenConfig, string> = {
  sourceRoots: 'sourceRoots: ["apis", "controllers"]',
  generators: 'generators: ["deepcopy", "register"]',
  generatorOptions: 'generatorOptions: { rbac: { roleName: "manager-role" } }',
  header: 'header: "// Copyright 2025 The Authors.\\n"',
  headerFile: 'headerFile: "hack/boilerplate.ts.txt"',
  outputDirs: 'outputDirs: ["config"]',
};

/** The option names a configuration may set, sorted. */
export const CONFIG_OPTIONS = Object.keys(OPTION_SHAPES).sort() as (keyof KubegenConfig)[];

/**
 * Checks a loaded configuration value: unknown options and values of the wrong type are errors that
 * name the path to the value (`sourceRoots[1]`, `generatorOptions.rbac`) and its position.
 */
export function validateConfig(
  raw: unknown,
  locate: Locate,
): { config: KubegenConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (!isObject(raw)) {
    const hint = 'write an object of options, e.g. { "sourceRoots": ["apis"] }';
    diagnostics.push(
      error(Codes.BadOption, 'the kubegen configuration must be an object', locate([]), hint),
    );
    return { config: {}, diagnostics };
  }
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema') continue;
    const shape = OPTION_SHAPES[key as keyof KubegenConfig];
    if (!shape) {
      diagnostics.push(
        error(
          Codes.BadOption,
          `unknown option '${key}' in the kubegen configuration`,
          locate([key]),
          `known options: ${CONFIG_OPTIONS.join(', ')}`,
        ),
      );
      continue;
    }
    const problems = shapeProblems(value, shape, [key]);
    for (const { path, expected } of problems) {
      diagnostics.push(
        error(
          Codes.BadOption,
          `option '${formatPath(path)}' must be ${expected}`,
          locate(path),
          `for example: ${EXAMPLES[key as keyof KubegenConfig]}`,
        ),
      );
    }
    if (problems.length === 0) config[key] = value;
  }
  return { config: config as KubegenConfig, diagnostics };
}

interface ShapeProblem {
  path: (string | number)[];
  expected: string;
}

function shapeProblems(value: unknown, shape: Shape, path: (string | number)[]): ShapeProblem[] {
  switch (shape) {
    case 'string':
      return typeof value === 'string' ? [] : [{ path, expected: 'a string' }];
    case 'strings':
      if (!Array.isArray(value)) return [{ path, expected: 'an array of strings' }];
      return value.flatMap((item, i) =>
        typeof item === 'string' ? [] : [{ path: [...path, i], expected: 'a string' }],
      );
    case 'objects':
      if (!isObject(value)) return [{ path, expected: 'an object keyed by generator name' }];
      return Object.entries(value).flatMap(([name, options]) =>
        isObject(options)
          ? []
          : [{ path: [...path, name], expected: 'an object of that generator’s options' }],
      );
  }
}

/** `generatorOptions.rbac`, `sourceRoots[1]`: a path as a JavaScript reader writes it. */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((p, i) =>
      typeof p === 'number'
        ? `[${p}]`
        : /^[A-Za-z_$][\w$]*$/.test(p)
          ? i
            ? `.${p}`
            : p
          : `[${JSON.stringify(p)}]`,
    )
    .join('');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

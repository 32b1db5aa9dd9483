import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { Generator } from '@kubegen/emit';
import { readProjectConfig } from './config-file';
import type { GenerateOptions } from './types';

/** Options with defaults applied and the header read, ready for the pipeline. */
export interface ResolvedOptions {
  root: string;
  sourceRoots: string[];
  /** The generators to run, in table order. */
  selected: Generator<object>[];
  /** True when every known generator runs (so any unproduced `zz_generated` file is an orphan). */
  allSelected: boolean;
  generatorOptions: Record<string, object>;
  header?: string;
  /** Normalised, `/`-separated, no trailing slash. */
  outputDirs: string[];
}

/** Applies defaults, reads the header file and checks generator names; every problem is a diagnostic. */
export async function resolveOptions(
  given: GenerateOptions,
  known: readonly Generator<object>[],
): Promise<{ resolved: ResolvedOptions; diagnostics: Diagnostic[] }> {
  const root = path.resolve(given.root ?? process.cwd());
  const fromFile =
    given.config === false ? { config: {}, diagnostics: [] } : await readProjectConfig(root);
  const diagnostics: Diagnostic[] = [...fromFile.diagnostics];
  const options: GenerateOptions = { ...fromFile.config, ...definedOnly(given) };
  const knownNames = known.map((g) => g.name);
  const hint = `known generators: ${knownNames.join(', ')}`;

  const requested = options.generators ? [...new Set(options.generators)] : knownNames;
  for (const name of requested) {
    if (!knownNames.includes(name)) {
      diagnostics.push(error(Codes.BadOption, `unknown generator '${name}'`, undefined, hint));
    }
  }
  for (const name of Object.keys(options.generatorOptions ?? {})) {
    if (!knownNames.includes(name)) {
      diagnostics.push(
        error(
          Codes.BadOption,
          `generatorOptions names an unknown generator '${name}'`,
          undefined,
          hint,
        ),
      );
    }
  }
  const selected = known.filter((g) => requested.includes(g.name));

  const header = await readHeader(options, root, diagnostics);
  const resolved: ResolvedOptions = {
    root,
    sourceRoots: (options.sourceRoots ?? ['apis']).map(normaliseDir),
    selected,
    allSelected: selected.length === known.length,
    generatorOptions: options.generatorOptions ?? {},
    header,
    outputDirs: (options.outputDirs ?? ['config']).map(normaliseDir),
  };
  return { resolved, diagnostics };
}

async function readHeader(
  options: GenerateOptions,
  root: string,
  diagnostics: Diagnostic[],
): Promise<string | undefined> {
  if (options.headerFile === undefined) return options.header;
  if (options.header !== undefined) {
    diagnostics.push(
      error(
        Codes.BadOption,
        'both header and headerFile are set',
        undefined,
        'set only one of them',
      ),
    );
    return undefined;
  }
  const file = path.resolve(root, options.headerFile);
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    diagnostics.push(
      error(
        Codes.BadOption,
        `cannot read headerFile ${options.headerFile}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
        undefined,
        'headerFile is relative to the project root, e.g. hack/boilerplate.ts.txt',
      ),
    );
    return undefined;
  }
}

function normaliseDir(dir: string): string {
  return path.posix.normalize(dir.split(path.sep).join('/')).replace(/\/+$/, '') || '.';
}

/** The options actually given: an `undefined` flag must not hide the config file's value. */
function definedOnly(options: GenerateOptions): GenerateOptions {
  return Object.fromEntries(
    Object.entries(options).filter(([, v]) => v !== undefined),
  ) as GenerateOptions;
}

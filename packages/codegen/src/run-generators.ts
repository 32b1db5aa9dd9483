import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { GeneratedFile, GenerationScope, Generator, GeneratorResult } from '@kubegen/emit';
import type { ApiModel } from '@kubegen/model';
import type { GroupGenerationCache } from './group-cache';
import {
  MIN_GROUPS_FOR_HELPER,
  modelFingerprint,
  splitGroups,
  type HelperResult,
  type HelperRun,
} from './parallel';
import type { ResolvedOptions } from './resolve-options';
import { generateScoped, mergeResults } from './scoped-run';

/** What one generation step runs with. */
export interface GeneratorRun {
  model: ApiModel;
  options: ResolvedOptions;
  /** Receives every generator's diagnostics. */
  diagnostics: Diagnostic[];
  /** A generator that throws on a model with errors is not reported: the model's errors explain it. */
  modelHasErrors: boolean;
  groupCache?: GroupGenerationCache;
  /** A helper process started for this run; cancelled when the tree is too small to share. */
  helper?: HelperRun;
  progress(done: number, total: number): void;
  /** Receives each generator's files as soon as it produced them (output staging). */
  onFiles?(files: readonly GeneratedFile[]): void;
}

/** Each generator's options as the pipeline passes them: its own, plus the header. */
export function generatorOptionsOf(options: ResolvedOptions): Record<string, object> {
  return Object.fromEntries(
    options.selected.map((g) => [
      g.name,
      { ...options.generatorOptions[g.name], header: options.header },
    ]),
  );
}

/**
 * Runs the selected generators in table order: `perGroup` ones through the session's cache when there
 * is one, or shared with the helper process on a large tree; the others over the whole model.
 */
export async function runGenerators(run: GeneratorRun): Promise<GeneratedFile[]> {
  const { model, helper } = run;
  const shared = helper && !run.modelHasErrors && model.groups.length >= MIN_GROUPS_FOR_HELPER;
  if (!shared) {
    helper?.cancel();
    return runInThisThread(run, undefined);
  }
  const [mine, theirs] = splitGroups(model);
  const diagnostics: Diagnostic[] = [];
  const files = runInThisThread({ ...run, diagnostics }, mine);
  const share = await helperShare(helper, model);
  if (share) {
    files.push(...share.files);
    diagnostics.push(...share.diagnostics);
  } else {
    // The helper failed or saw another tree (a file changed between the loads): its share is done here.
    const perGroup = run.options.selected.filter((g) => g.perGroup);
    files.push(
      ...runInThisThread(
        { ...run, diagnostics, options: { ...run.options, selected: perGroup } },
        theirs,
      ),
    );
  }
  run.diagnostics.push(...mergeResults([{ files: [], diagnostics }]).diagnostics);
  return files;
}

async function helperShare(helper: HelperRun, model: ApiModel): Promise<HelperResult | undefined> {
  try {
    const share = await helper.result;
    return share.fingerprint === modelFingerprint(model) ? share : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the generators here; with `scope`, `perGroup` generators write only the scope's files. */
function runInThisThread(run: GeneratorRun, scope: GenerationScope | undefined): GeneratedFile[] {
  const { model, options, diagnostics } = run;
  const allOptions = generatorOptionsOf(options);
  const files: GeneratedFile[] = [];
  const total = options.selected.length;
  run.progress(0, total);
  for (const [i, generator] of options.selected.entries()) {
    try {
      const result = generateOne(
        generator,
        model,
        allOptions[generator.name],
        run.groupCache,
        scope,
      );
      const named = result.files.map((f) => ({ ...f, generator: generator.name }));
      files.push(...named);
      diagnostics.push(...result.diagnostics);
      run.onFiles?.(named);
    } catch (e) {
      if (!run.modelHasErrors) diagnostics.push(generatorFailed(generator, e));
    }
    run.progress(i + 1, total);
  }
  return files;
}

function generateOne(
  generator: Generator<object>,
  model: ApiModel,
  options: object,
  groupCache: GroupGenerationCache | undefined,
  scope: GenerationScope | undefined,
): GeneratorResult {
  if (!generator.perGroup) return generator.generate(model, options);
  if (groupCache) return groupCache.generate(generator, model, options);
  return scope
    ? generateScoped(generator, model, options, scope)
    : generator.generate(model, options);
}

/** A throwing generator is a bug: reported beside the other errors, not as a crash. */
function generatorFailed(generator: Generator<object>, e: unknown): Diagnostic {
  return error(
    Codes.GeneratorFailed,
    `generator '${generator.name}' failed: ${e instanceof Error ? e.message : String(e)}`,
    undefined,
    'this is a bug in the generator; run with --generators to skip it and report the API types that trigger it',
  );
}

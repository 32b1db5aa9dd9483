import * as path from 'node:path';
import { uniqueDiagnostics } from '@kubegen/diagnostics';
import {
  packagesInReach,
  type GenerationScope,
  type Generator,
  type GeneratorResult,
} from '@kubegen/emit';
import type { ApiModel } from '@kubegen/model';

/**
 * Runs a `perGroup` generator for a scope and keeps the diagnostics that belong to it. A scoped run
 * may report problems of packages it does not reach (a generator that plans the whole model first);
 * those belong to the other scopes' runs. Problems without a position or outside any API package are
 * kept: every scope reports them alike, and `mergeResults` keeps one.
 */
export function generateScoped(
  generator: Generator<object>,
  model: ApiModel,
  options: object,
  scope: GenerationScope,
  reachFiles: ReadonlySet<string> = filesInReach(model, scope),
): GeneratorResult {
  const produced = generator.generate(model, options, scope);
  const apiFiles = new Set(model.packages.flatMap((p) => p.files));
  const diagnostics = produced.diagnostics.filter((d) => {
    if (!d.position) return true;
    const file = path.relative(model.root, d.position.file).split(path.sep).join('/');
    return reachFiles.has(file) || !apiFiles.has(file);
  });
  return { files: produced.files, diagnostics };
}

/** Root-relative files of the packages the scope reaches. */
export function filesInReach(model: ApiModel, scope: GenerationScope): Set<string> {
  const reach = new Set(packagesInReach(model, scope));
  return new Set(model.packages.filter((p) => reach.has(p.dir)).flatMap((p) => p.files));
}

/** The files and diagnostics of several scoped runs together, each problem once. */
export function mergeResults(results: readonly GeneratorResult[]): GeneratorResult {
  return {
    files: results.flatMap((r) => r.files),
    diagnostics: uniqueDiagnostics(results.flatMap((r) => r.diagnostics)),
  };
}

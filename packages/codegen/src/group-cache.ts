import {
  indexTypes,
  packagesInReach,
  type GenerationScope,
  type Generator,
  type GeneratorResult,
} from '@kubegen/emit';
import type { ApiModel, ApiPackage } from '@kubegen/model';
import { textHash } from './format-cache';
import { generateScoped, mergeResults } from './scoped-run';

/**
 * Watch mode's memory of per-group generator output. A `perGroup` generator is rerun only for the
 * groups whose inputs changed: a group's key hashes the packages it reaches, the model's external
 * types, the list of packages and the generator's options, so an edit reruns its own group and the
 * groups that reach into it. Results of a run are kept only when the whole run succeeded: a failed
 * run writes nothing, and what it computed may hang on errors elsewhere.
 */
export class GroupGenerationCache {
  private committed = new Map<string, GeneratorResult>();
  private pending = new Map<string, GeneratorResult>();
  private readonly typeHashes = new WeakMap<readonly object[], string>();
  private run: { model: ApiModel; groupKeys: Map<string, GroupKey> } | undefined;

  /** Runs `generator` group by group, reusing the results of groups whose key is unchanged. */
  generate(generator: Generator<object>, model: ApiModel, options: object): GeneratorResult {
    const groupKeys = this.groupKeysOf(model);
    const optionsHash = textHash(JSON.stringify(options));
    const results: GeneratorResult[] = [];
    for (const [group, groupKey] of groupKeys) {
      const key = `${generator.name}\0${group}\0${groupKey.hash}\0${optionsHash}`;
      let result = this.pending.get(key) ?? this.committed.get(key);
      if (!result) {
        const scope: GenerationScope = { groups: new Set([group]) };
        result = generateScoped(generator, model, options, scope, groupKey.reachFiles);
      }
      this.pending.set(key, result);
      results.push(result);
    }
    return mergeResults(results);
  }

  /** Keeps this run's results (it succeeded) and forgets results no group uses any more. */
  commit(): void {
    this.committed = this.pending;
    this.pending = new Map();
    this.run = undefined;
  }

  /** Drops this run's new results (it failed); the last good run's stay. */
  discard(): void {
    this.pending = new Map();
    this.run = undefined;
  }

  private groupKeysOf(model: ApiModel): Map<string, GroupKey> {
    if (this.run?.model === model) return this.run.groupKeys;
    const shared = textHash(
      JSON.stringify([
        model.root,
        model.sourceRoots,
        model.packages.map((p) => [p.dir, p.group, p.version, p.internal]),
        model.externalTypes,
      ]),
    );
    const byDir = new Map(model.packages.map((p) => [p.dir, p]));
    const groupKeys = new Map<string, GroupKey>();
    const types = indexTypes(model);
    for (const group of model.groups) {
      const reach = packagesInReach(model, { groups: new Set([group.name]) }, types);
      const reached = reach.flatMap((dir) => byDir.get(dir) ?? []);
      groupKeys.set(group.name, {
        hash: textHash([shared, ...reached.map((p) => `${p.dir}=${this.hashOf(p)}`)].join('\n')),
        reachFiles: new Set(reached.flatMap((p) => p.files)),
      });
    }
    this.run = { model, groupKeys };
    return groupKeys;
  }

  // The model loader hands back the same types array for a package it did not collect again.
  private hashOf(pkg: ApiPackage): string {
    let types = this.typeHashes.get(pkg.types);
    if (types === undefined) {
      types = textHash(JSON.stringify(pkg.types));
      this.typeHashes.set(pkg.types, types);
    }
    return textHash(`${types}\n${JSON.stringify({ ...pkg, types: undefined })}`);
  }
}

interface GroupKey {
  hash: string;
  /** Root-relative files of the packages the group reaches. */
  reachFiles: ReadonlySet<string>;
}

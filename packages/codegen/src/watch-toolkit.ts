import * as path from 'node:path';
import type { Generator } from '@kubegen/emit';
import { defaultMarkerRegistry, type MarkerDefinition } from '@kubegen/markers';
import { createModelLoader, type ModelLoader } from '@kubegen/model';
import { builtinGenerators } from './builtins';
import { DiskMemo } from './disk-memo';
import { GroupGenerationCache } from './group-cache';
import type { LoadedModel, ModelRequest, Toolkit } from './pipeline';

/**
 * A toolkit for long-lived sessions (watch mode, the build plugin): its model loader keeps one ts-morph
 * Project alive between runs and re-reads only the files reported changed.
 */
export interface IncrementalToolkit extends Toolkit {
  /** Records files (absolute paths) changed since the last run; the next load re-reads only those. */
  markChanged(files: readonly string[]): void;
  /** Records that any file may have changed (a host that cannot say which): the next load re-reads all. */
  markAllChanged(): void;
  /** Drops the kept program, so the next load reads every file again (after a config change). */
  reset(): void;
}

/** Creates an incremental toolkit over the given generators (default: the built-in ones). */
export function createIncrementalToolkit(
  generators: readonly Generator<object>[] = builtinGenerators,
): IncrementalToolkit {
  let loader: { key: string; instance: ModelLoader } | undefined;
  // 'all': every file is re-read (the host could not name the changed ones); syntax trees stay kept.
  let changed: Set<string> | 'all' = new Set<string>();
  const toolkit: IncrementalToolkit = {
    generators,
    groupCache: new GroupGenerationCache(),
    diskMemo: new DiskMemo(),
    markChanged(files) {
      if (changed === 'all') return;
      for (const file of files) changed.add(path.resolve(file));
    },
    markAllChanged() {
      changed = 'all';
    },
    reset() {
      loader = undefined;
      changed = new Set();
      toolkit.groupCache = new GroupGenerationCache();
      toolkit.diskMemo = new DiskMemo();
    },
    loadModel(request: ModelRequest): LoadedModel {
      const key = loaderKey(request);
      if (loader?.key !== key) {
        loader = {
          key,
          instance: createModelLoader({ ...request, registry: registryOf(request.markers) }),
        };
        changed = new Set();
        return loader.instance.load();
      }
      const files = changed === 'all' ? undefined : [...changed];
      changed = new Set();
      return loader.instance.load(files);
    },
  };
  return toolkit;
}

/** A loader serves one tree: another root, source roots or marker set needs a new program. */
function loaderKey(request: ModelRequest): string {
  return JSON.stringify([
    path.resolve(request.root),
    request.sourceRoots,
    request.markers.map((m) => m.name).sort(),
  ]);
}

function registryOf(markers: readonly MarkerDefinition[]) {
  const registry = defaultMarkerRegistry();
  // Same rule as the one-shot toolkit: the shared catalogue's entry wins over a generator's copy.
  for (const definition of markers)
    if (!registry.get(definition.name)) registry.register(definition);
  return registry;
}

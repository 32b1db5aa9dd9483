import * as path from 'node:path';
import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { MarkerRegistry } from '@kubegen/markers';
import { buildModel } from './build-model';
import { discoverSourceFiles } from './discover';
import { PackageMemo } from './package-memo';
import { SourceTree } from './source-tree';
import type { ApiModel } from './types';

export interface LoadOptions {
  /** Project root: paths in the model are relative to it. */
  root: string;
  /** Folders under `root` to scan (default `['apis']`). */
  sourceRoots?: string[];
  registry: MarkerRegistry;
}

export interface LoadResult {
  model: ApiModel;
  /** All diagnostics of the run, sorted by file, line, column. */
  diagnostics: Diagnostic[];
}

/** A loader that keeps its parsed files alive between loads, for watch mode. */
export interface ModelLoader {
  /** Loads the tree; with `changedFiles` (absolute paths), re-reads only those (new and deleted files are always found). */
  load(changedFiles?: string[]): LoadResult;
}

/** Creates a loader over the tree at `options.root`; each `load()` rebuilds the model from the kept syntax trees. */
export function createModelLoader(options: LoadOptions): ModelLoader {
  const root = path.resolve(options.root);
  const sourceRoots = options.sourceRoots ?? ['apis'];
  const rootDirs = sourceRoots.map((r) => path.resolve(root, r) + path.sep);
  const tree = new SourceTree();
  const memo = new PackageMemo();
  let loaded = false;
  let lastFiles = '';
  return {
    load(changedFiles?: string[]): LoadResult {
      const { files, missing } = discoverSourceFiles(root, sourceRoots);
      // A file added or removed can change what a name resolves to anywhere: collect every package anew.
      const fileList = files.join('\n');
      if (fileList !== lastFiles) memo.clear();
      lastFiles = fileList;
      const present = new Set(files);
      const changed = changedFiles && new Set(changedFiles.map((f) => path.resolve(root, f)));
      for (const filePath of tree.paths()) {
        const underRoots = rootDirs.some((dir) => filePath.startsWith(dir));
        if (underRoots && !present.has(filePath)) tree.remove(filePath);
        else if (loaded && (!changed || changed.has(filePath))) tree.refresh(filePath);
      }
      const sourceFiles = files.map((f) => tree.getOrAdd(f));
      loaded = true;
      const diagnostics = missing.map((r) =>
        error(
          Codes.UnreadableSource,
          `source root '${r}' does not exist under ${root}`,
          undefined,
          `create ${r}/, or set sourceRoots to the folders that hold the API types`,
        ),
      );
      return buildModel({
        tree,
        root,
        sourceRoots,
        registry: options.registry,
        files: sourceFiles,
        diagnostics,
        memo,
      });
    },
  };
}

/** Loads an API tree into the model, with every diagnostic of the run. */
export function loadApiModel(options: LoadOptions): LoadResult {
  return createModelLoader(options).load();
}

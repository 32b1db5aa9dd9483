import * as path from 'node:path';
import { Project, ts } from 'ts-morph';
import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { MarkerRegistry } from '@kubegen/markers';
import { buildModel } from './build-model';
import { discoverSourceFiles } from './discover';
import { PackageMemo } from './package-memo';
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

/** A loader that keeps one ts-morph Project alive between loads, for watch mode. */
export interface ModelLoader {
  /** Loads the tree; with `changedFiles` (absolute paths), re-reads only those (new and deleted files are always found). */
  load(changedFiles?: string[]): LoadResult;
}

/** The one Project of a run: files are added explicitly; no lib, no tsconfig, no type check. */
export function createProject(): Project {
  return new Project({
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    skipLoadingLibFiles: true,
    compilerOptions: {
      noLib: true,
      types: [],
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noEmit: true,
      skipLibCheck: true,
    },
  });
}

/** Creates a loader over the tree at `options.root`; each `load()` rebuilds the model from the kept syntax trees. */
export function createModelLoader(options: LoadOptions): ModelLoader {
  const root = path.resolve(options.root);
  const sourceRoots = options.sourceRoots ?? ['apis'];
  const rootDirs = sourceRoots.map((r) => path.resolve(root, r) + path.sep);
  const project = createProject();
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
      for (const sourceFile of project.getSourceFiles()) {
        const filePath = sourceFile.getFilePath();
        const underRoots = rootDirs.some((dir) => filePath.startsWith(dir));
        if (underRoots && !present.has(filePath)) project.removeSourceFile(sourceFile);
        else if (loaded && (!changed || changed.has(filePath)))
          sourceFile.refreshFromFileSystemSync();
      }
      const sourceFiles = files.map(
        (f) => project.getSourceFile(f) ?? project.addSourceFileAtPath(f),
      );
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
        project,
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

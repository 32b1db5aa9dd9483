import type { Diagnostic } from '@kubegen/diagnostics';

/** Options of `generate` and `check`. */
export interface GenerateOptions {
  /** Project root: paths below are relative to it. Default: the process's working directory. */
  root?: string;
  /** Folders holding API packages, relative to `root`. Default `['apis']`. */
  sourceRoots?: string[];
  /** Names of the generators to run (`deepcopy`, `register`, …). Default: every built-in generator. */
  generators?: string[];
  /** Options per generator, keyed by generator name: `{ crd: { maxDescLen: 0 } }`. */
  generatorOptions?: Record<string, object>;
  /** Header text put at the top of every generated file (controller-gen's boilerplate). */
  header?: string;
  /** File holding the header text, relative to `root` (`hack/boilerplate.ts.txt`). Exclusive with `header`. */
  headerFile?: string;
  /** Folders kubegen owns for manifests and docs, relative to `root`. Default `['config']`. */
  outputDirs?: string[];
  /**
   * Read the project's configuration (`kubegen.config.json`, or the `kubegen` key of `package.json`)
   * and use it under these options, which win. Default true.
   */
  config?: boolean;
  /**
   * Called at each phase boundary and after each generator and each written file, for a progress display
   * (the CLI's progress line). Not configuration.
   */
  onProgress?: (event: ProgressEvent) => void;
}

/** One step of a run: `done` of `total` steps of `phase` are finished. */
export interface ProgressEvent {
  phase: 'load' | 'generate' | 'format' | 'write';
  done: number;
  total: number;
  /** The number of API packages in the tree, known once the model is loaded. */
  packages?: number;
}

/** What `generate` did. Paths are relative to the root, with `/` separators, sorted. */
export interface GenerateResult {
  /** Absolute project root. */
  root: string;
  /** Files whose bytes changed (or that did not exist) and were written. */
  written: string[];
  /** Files produced whose bytes equal the file on disk; not touched. */
  unchanged: string[];
  /** Generated files that this run no longer produces, deleted. */
  deleted: string[];
  /** Every diagnostic of the run, errors and warnings, sorted. Nothing is written when one is an error. */
  diagnostics: Diagnostic[];
  durationMs: number;
}

/** What `check` found, without writing. Paths are relative to the root, with `/` separators, sorted. */
export interface CheckResult {
  /** Absolute project root. */
  root: string;
  /** Files on disk whose bytes differ from what generation produces. */
  stale: string[];
  /** Files generation produces that are not on disk. */
  missing: string[];
  /** Generated files on disk that generation no longer produces. */
  orphaned: string[];
  /** Files on disk equal to what generation produces. */
  unchanged: string[];
  /** True when there is no error and nothing is stale, missing or orphaned. */
  ok: boolean;
  diagnostics: Diagnostic[];
  durationMs: number;
}

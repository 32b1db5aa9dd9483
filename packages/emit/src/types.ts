import type { Diagnostic } from '@kubegen/diagnostics';
import type { MarkerDefinition } from '@kubegen/markers';
import type { ApiModel } from '@kubegen/model';
import type { GenerationScope } from './scope';

/** One file a generator wants on disk. */
export interface GeneratedFile {
  /** Path relative to the project root, `/` separators. */
  path: string;
  contents: string;
  /** `typescript` files are formatted with prettier by the writer. */
  language: 'typescript' | 'yaml' | 'json' | 'markdown';
  /** Name of the generator that produced it. */
  generator: string;
}

export interface GeneratorResult {
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
}

/** Options every generator receives, besides its own. */
export interface CommonGeneratorOptions {
  /** Text of the header file (`hack/boilerplate.ts.txt`), inserted at the top of every generated file. */
  header?: string;
  /** Module generated code imports the runtime from (default `@kubegen/runtime`). */
  runtimeModule?: string;
}

/** A generator: a pure function from the model to files. It never reads the disk or touches ts-morph. */
export interface Generator<Options extends object = Record<string, never>> {
  /** Short name used in config and on the command line: `deepcopy`, `register`, `crd`. */
  name: string;
  /** One help line. */
  description: string;
  /**
   * Its TypeScript is printed exactly as prettier (kubegen's fixed options) would print it, so the writer
   * does not run prettier on it; a test checks the claim on every fixture.
   */
  preformatted?: boolean;
  /** Markers this generator reads that the shared catalogue lacks; they are added to the registry before loading. */
  markers?: readonly MarkerDefinition[];
  /**
   * Every file it writes belongs to one group, and a group's files depend only on the packages its
   * packages reach (`packagesInReach`), the model's external types and the list of packages. Such a
   * generator takes a `scope` and writes only the scope's files; watch mode reruns it for the groups
   * an edit touched.
   */
  perGroup?: boolean;
  /** Generates the files of the model, or with a `scope`, of the scope's groups only (`perGroup` generators). */
  generate(
    model: ApiModel,
    options: Options & CommonGeneratorOptions,
    scope?: GenerationScope,
  ): GeneratorResult;
}

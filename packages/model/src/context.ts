import type { ts } from 'ts-morph';
import type { Diagnostic } from '@kubegen/diagnostics';
import type { MarkerRegistry, ParsedMarker } from '@kubegen/markers';
import type { SourceTree } from './source-tree';
import type { ApiType } from './types';

/** An interface or type alias that becomes an ApiType. */
export type TypeDeclaration = ts.InterfaceDeclaration | ts.TypeAliasDeclaration;

/** Where a type declaration lives: an API package, another file of the tree, or an npm package. */
export interface TypeHome {
  /** `ApiPackage.dir`, or `external:<file or module>`. */
  package: string;
  /** Set for types declared in an npm package: the module specifier they are imported from. */
  module?: string;
  /** Default requiredness of fields without `?` (package `+kubebuilder:validation:Optional` flips it). */
  fieldsRequiredByDefault: boolean;
}

/** What the loader knows of one API package while it builds the model. */
export interface PackageInfo {
  dir: string;
  name: string;
  group: string;
  version: string;
  internal: boolean;
  markers: ParsedMarker[];
  files: ts.SourceFile[];
  home: TypeHome;
}

/** The state of one load: shared by the steps that turn sources into the model. */
export interface LoadContext {
  root: string;
  /** The parsed files of the loader; relative imports add the files they reach. */
  tree: SourceTree;
  registry: MarkerRegistry;
  diagnostics: Diagnostic[];
  /** API packages keyed by the absolute folder path. */
  packagesByFolder: Map<string, PackageInfo>;
  /** Converted types (API and external), keyed by their declaration node. */
  types: Map<TypeDeclaration, ApiType>;
  /** Declarations being converted, to cut `extends` cycles. */
  converting: Set<TypeDeclaration>;
  /** External declarations reached but not converted yet, with their homes. */
  pendingExternal: Map<TypeDeclaration, TypeHome>;
  /** Relative imports resolved in this load, by importing folder and specifier (the disk does not change within a load). */
  resolvedModules: Map<string, ts.SourceFile | undefined>;
  /** Set while one package's types are collected: what they read, so a later load can reuse them. */
  tracker?: PackageTracker;
}

/** What collecting one package's types read: the files it looked into and the external types it reached. */
export interface PackageTracker {
  files: Set<ts.SourceFile>;
  externals: Map<TypeDeclaration, TypeHome>;
}

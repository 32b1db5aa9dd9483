import type { SourcePosition } from '@kubegen/diagnostics';
import type { MarkerValue, ParsedMarker } from '@kubegen/markers';

/*
 * The API model: plain, JSON-serialisable data built from an API tree. Generators read only this.
 * Everything is sorted (groups by name, packages by dir, types by name, fields in source order),
 * so generators that walk it produce the same output whatever order files were found in.
 * Paths in `dir`/`file` are relative to the project root with `/` separators (stable across machines);
 * `SourcePosition.file` is absolute (for diagnostics only; generators must never print it).
 */

/** Version name the model gives to a group's internal (hub) package, as Kubernetes' runtime.APIVersionInternal. */
export const INTERNAL_VERSION = '__internal';

export interface ApiModel {
  /** Absolute project root the paths are relative to. Generators must not print it. */
  root: string;
  /** Source roots scanned, relative to `root` (default `['apis']`). */
  sourceRoots: string[];
  /** Groups sorted by name. */
  groups: ApiGroup[];
  /** Every API package (internal and external) sorted by `dir`. */
  packages: ApiPackage[];
  /**
   * Types reached from API types but declared outside any API package (another file of the tree
   * with no `+groupName`, or an npm package's `.d.ts`), sorted by `id`. They have no generated files
   * of their own; generators that need code for them emit it privately in the package that uses them.
   */
  externalTypes: ApiType[];
  /**
   * Markers that stand on files and declarations other than API types (`+kubebuilder:rbac`,
   * `+kubebuilder:webhook` on controllers, reconcile functions, classes), from every `.ts` file
   * under the source roots, sorted by file then position.
   */
  sourceMarkers: SourceMarker[];
}

export interface ApiGroup {
  /** Full group name from `+groupName`, e.g. `demo.jeremyxu2010.me`. */
  name: string;
  /** Folder name of the group (`demo`): the `<b>` of `convert_v1_Foo_To_demo_Foo`. */
  packageName: string;
  /** `dir` of the internal (hub) package, if the group has one. */
  internal?: string;
  /** `dir`s of the external version packages, sorted by Kubernetes version priority (v1 > v1beta2 > v1beta1 > v1alpha1 > other), highest first. */
  versions: string[];
}

export interface ApiPackage {
  /** Folder relative to the project root, e.g. `apis/demo/v1beta1`. Unique: the package's key. */
  dir: string;
  /** Last folder name: `v1beta1`, or `demo` for an internal package. */
  name: string;
  group: string;
  /** `+versionName` or the folder name; `INTERNAL_VERSION` for the internal package. */
  version: string;
  internal: boolean;
  /** Package-level markers from every file of the folder, in file then line order. */
  markers: ParsedMarker[];
  /** API types (interfaces and type aliases, plus synthetic list types), sorted by name. */
  types: ApiType[];
  /** Exported functions of hand-written files (hooks: `setDefaults_<T>`, `validate_<T>`, conversions), sorted by name. */
  functions: ApiFunction[];
  /** Exported `const`s (targets of `+default=ref(Name)`), sorted by name. */
  constants: ApiConstant[];
  /** Hand-written `.ts` files of the package (no `zz_generated.*`), relative to the root, sorted. */
  files: string[];
  /** Where the package markers stand (usually `doc.ts`), or the first file. */
  position: SourcePosition;
}

export interface ApiType {
  name: string;
  /** `ApiPackage.dir` of the declaring package; for external types, the key `external:<module or file>`. */
  package: string;
  /** Unique id: `<package>#<name>`. */
  id: string;
  /** File that declares it, relative to the root (for synthetic types, the kind's file). */
  file: string;
  /**
   * For external types declared in an npm package: the module specifier to import it from
   * (`@acme/types`). Absent for types declared in files of the tree.
   */
  module?: string;
  /** Description: the comment without marker lines. */
  doc: string;
  markers: ParsedMarker[];
  position: SourcePosition;
  shape: TypeShape;
  /** Extends `TypeMeta` (directly or through a base): a runtime object, registered in the scheme. */
  typeMeta: boolean;
  /** Set on kinds (top-level resources). */
  kind?: KindInfo;
  /** Set on list types (`FooList`): the kind it lists. */
  listOf?: string;
  /** The model wrote it (a list type the author left out); generators must emit its declaration where needed. */
  synthetic?: boolean;
}

export type TypeShape = StructShape | AliasShape | EnumShape;

export interface StructShape {
  form: 'struct';
  /** All fields, own and inherited (`extends` is Go's embedding), in declaration order, bases first. */
  fields: ApiField[];
  /** The types it extends, as written. */
  embedded: TypeRef[];
}

export interface AliasShape {
  form: 'alias';
  /** `type Labels = Record<string, string>`, `type Port = int32`. */
  target: TypeRef;
}

export interface EnumShape {
  form: 'enum';
  /** String literal union members, in source order. */
  values: string[];
  /** For `+enum`/`+k8s:enum` over constants: one per value, for openapi-gen's "Possible enum values". */
  constants?: EnumConstant[];
}

/** One `export const Name: T = 'value'` of an enum type, as Go's tools see a typed constant. */
export interface EnumConstant {
  name: string;
  value: string;
  /** The lines of its doc comment (markers included) joined with spaces, as gengo's CommentLines are. */
  comment: string;
}

export interface ApiField {
  /** JSON name (the property name). */
  name: string;
  doc: string;
  markers: ParsedMarker[];
  position: SourcePosition;
  /** Written with `?`. */
  optional: boolean;
  /**
   * Resolved requiredness, controller-gen's precedence: `+kubebuilder:validation:Optional` >
   * `+kubebuilder:validation:Required` > `+optional` > `+required` > `?` > package default.
   */
  required: boolean;
  /** `T | null` or `+nullable`. */
  nullable: boolean;
  type: TypeRef;
  /** Name of the base type it was inherited from, if any (`TypeMeta` for `kind`/`apiVersion`). */
  inheritedFrom?: string;
}

export type ScalarName =
  | 'string'
  | 'boolean'
  | 'int32'
  | 'int64'
  /** Go's `int`. */
  | 'int'
  | 'float32'
  | 'float64'
  /** A bare TypeScript `number` (refused by the CRD generator unless allowDangerousTypes). */
  | 'number'
  /** base64 string (`Bytes`). */
  | 'bytes';

/** The meta types of `@kubegen/runtime` the model recognises by name and module. */
export type MetaTypeName =
  | 'TypeMeta'
  | 'ObjectMeta'
  | 'ListMeta'
  | 'Time'
  | 'MicroTime'
  | 'Duration'
  | 'Quantity'
  | 'IntOrString'
  | 'RawExtension'
  | 'JSONValue'
  | 'LabelSelector'
  | 'Condition';

export type TypeRef =
  | { ref: 'scalar'; scalar: ScalarName; nullable?: boolean }
  | { ref: 'meta'; name: MetaTypeName; nullable?: boolean }
  /** A named type of the tree (`ApiType.id` = `<package>#<name>`) or an external one. */
  | { ref: 'named'; id: string; name: string; package: string; nullable?: boolean }
  | { ref: 'array'; items: TypeRef; nullable?: boolean }
  /** `Record<string, T>` or `{ [key: string]: T }`. */
  | { ref: 'map'; values: TypeRef; nullable?: boolean }
  /** An inline object type `{ a: string; b?: int32 }`. */
  | { ref: 'struct'; fields: ApiField[]; nullable?: boolean }
  /** An inline string literal union. */
  | { ref: 'enum'; values: string[]; nullable?: boolean };

export interface KindInfo {
  kind: string;
  listKind: string;
  /** Lower-case plural (Kubernetes pluralisation, or `+kubebuilder:resource:path=`). */
  plural: string;
  singular: string;
  shortNames: string[];
  categories: string[];
  scope: 'Namespaced' | 'Cluster';
  subresources: Subresources;
  printerColumns: PrinterColumn[];
  /** `+kubebuilder:object:root=true` or `+genclient` was written (informational; kinds are found by shape). */
  root: boolean;
}

export interface Subresources {
  status: boolean;
  scale?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string };
  /** apiserver-builder custom subresources (`+subresource:request=FooBar,path=bar,kind=FooBar`), sorted by path. */
  custom: CustomSubresource[];
}

export interface CustomSubresource {
  /** The subresource path: `bar` in `foos/bar`. */
  path: string;
  /** Request type name in the same package (extends TypeMeta). */
  request: string;
  /** Kind of the body it takes and returns. */
  kind: string;
}

export interface PrinterColumn {
  name: string;
  type: string;
  jsonPath: string;
  description?: string;
  format?: string;
  priority?: number;
}

/** An exported function of a hand-written file of a package (a hook). */
export interface ApiFunction {
  name: string;
  file: string;
  position: SourcePosition;
  /** Parameters as written: name and type text (`obj`, `Foo`). */
  parameters: { name: string; type: string }[];
  /** Return type text as written, or `void` when absent. */
  returnType: string;
  markers: ParsedMarker[];
}

/** An exported `const` of a package. */
export interface ApiConstant {
  name: string;
  file: string;
  position: SourcePosition;
  /** The value when the initializer is a JSON-like literal, else undefined. */
  value?: MarkerValue;
  /** Declared type text, if written. */
  type?: string;
}

/** A marker that stands on a file or a declaration outside the API types (rbac, webhook). */
export interface SourceMarker {
  marker: ParsedMarker;
  /** File relative to the root. */
  file: string;
  /** `package` for a file's leading comment block, `declaration` for one above a declaration. */
  target: 'package' | 'declaration';
}

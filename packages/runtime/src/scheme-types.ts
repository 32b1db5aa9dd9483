import type { FieldError } from './field-errors';

/*
 * The contract between generated registration code (zz_generated.register.ts) and the Scheme.
 * Generated `addToScheme(scheme)` calls `scheme.addKnownTypes(SchemeGroupVersion, [...])` with these records.
 */

/** A group and a version; version `__internal` is the internal (hub) version. */
export interface GroupVersion {
  group: string;
  version: string;
}

/** A kind in a group/version, e.g. `demo.example.com/v1beta1, Kind=Foo`. */
export interface GroupVersionKind extends GroupVersion {
  kind: string;
}

/** A resource (lower-case plural) in a group/version, e.g. `foos` of `demo.example.com/v1beta1`. */
export interface GroupVersionResource extends GroupVersion {
  /** Lower-case plural, e.g. `foos`. */
  resource: string;
}

/** A column `kubectl get` prints for a kind (`+kubebuilder:printcolumn`). */
export interface PrinterColumnInfo {
  name: string;
  type: string;
  jsonPath: string;
  description?: string;
  format?: string;
  priority?: number;
}

/** Where the scale subresource reads replicas and the selector (`+kubebuilder:subresource:scale`). */
export interface ScaleSubresourceInfo {
  specReplicasPath: string;
  statusReplicasPath: string;
  labelSelectorPath?: string;
}

/** What the scheme knows of a kind that is served as a resource. */
export interface ResourceInfo {
  plural: string;
  singular: string;
  shortNames: readonly string[];
  categories: readonly string[];
  scope: 'Namespaced' | 'Cluster';
  listKind: string;
  subresources: {
    status: boolean;
    scale?: ScaleSubresourceInfo;
    /** Custom subresources of an aggregated API server (`foos/bar`), with the kind of their body. */
    custom: readonly { path: string; kind: string }[];
  };
  printerColumns: readonly PrinterColumnInfo[];
}

/** One type registered for a group/version: every type that extends TypeMeta (kinds, lists, request bodies). */
export interface TypeRegistration<T extends object = object> {
  kind: string;
  /** Returns a new empty object with `apiVersion` and `kind` set. */
  new: () => T;
  /**
   * The generated shape-specific deep copy. A method signature (not a function-typed property) so that a
   * `TypeRegistration<Foo>` is accepted where a `TypeRegistration` is expected.
   */
  deepCopy(obj: T): T;
  /** Present on kinds served as resources. */
  resource?: ResourceInfo;
  /** Present on list types: the kind of the items. */
  listOf?: string;
}

/** Sets the defaults of an object in place; generated `setObjectDefaults_<Kind>`. */
export type DefaultingFunc<T extends object = object> = (obj: T) => void;

/** Validates an object, or an update of it when `old` is given; generated `validate<Kind>` / `validate<Kind>Update`. */
export type ValidationFunc<T extends object = object> = (obj: T, old?: T) => FieldError[];

/** Fills `out` from `src`, as conversion-gen's `Convert_<a>_<Type>_To_<b>_<Type>(in, out)`. */
export type ConversionFunc<In extends object = object, Out extends object = object> = (
  src: In,
  out: Out,
) => void;

/** A resource the scheme serves, with the kind behind it. */
export interface RegisteredResource {
  gvk: GroupVersionKind;
  gvr: GroupVersionResource;
  info: ResourceInfo;
}

/** A resource to look up: by plural, singular or short name, case-insensitive; without a version, the first registered. */
export interface ResourceQuery {
  group: string;
  version?: string;
  resource: string;
}

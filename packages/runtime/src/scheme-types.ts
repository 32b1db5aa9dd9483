/*
 * The contract between generated registration code (zz_generated.register.ts) and the Scheme.
 * Generated `addToScheme(scheme)` calls `scheme.addKnownTypes(SchemeGroupVersion, [...])` with these records.
 */

/** A group and a version; version `__internal` is the internal (hub) version. */
export interface GroupVersion {
  group: string;
  version: string;
}

export interface GroupVersionKind extends GroupVersion {
  kind: string;
}

export interface GroupVersionResource extends GroupVersion {
  /** Lower-case plural, e.g. `foos`. */
  resource: string;
}

export interface PrinterColumnInfo {
  name: string;
  type: string;
  jsonPath: string;
  description?: string;
  format?: string;
  priority?: number;
}

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
  /** The generated shape-specific deep copy. */
  deepCopy: (obj: T) => T;
  /** Present on kinds served as resources. */
  resource?: ResourceInfo;
  /** Present on list types: the kind of the items. */
  listOf?: string;
}

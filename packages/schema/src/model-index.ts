import type { ApiModel, ApiPackage, ApiType } from '@kubegen/model';

/*
 * Lookups every schema asks for many times per type (a package by folder, a type by id, a definition
 * name): indexed once per model, since a linear search of the packages per field made a large tree's
 * schemas quadratic.
 */
interface ModelIndex {
  packages: ReadonlyMap<string, ApiPackage>;
  types: ReadonlyMap<string, ApiType>;
  definitionNames: Map<ApiType, string>;
}

const indexes = new WeakMap<ApiModel, ModelIndex>();

/** The model's lookup tables, built on first use. */
export function modelIndex(model: ApiModel): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    const types = new Map<string, ApiType>();
    for (const pkg of model.packages) for (const t of pkg.types) types.set(t.id, t);
    for (const t of model.externalTypes) types.set(t.id, t);
    index = {
      packages: new Map(model.packages.map((p) => [p.dir, p])),
      types,
      definitionNames: new Map(),
    };
    indexes.set(model, index);
  }
  return index;
}

/** The package in folder `dir` (a type's `package`), if the model has one. */
export function packageAt(model: ApiModel, dir: string | undefined): ApiPackage | undefined {
  return dir === undefined ? undefined : modelIndex(model).packages.get(dir);
}

import type { ApiModel, ApiType, TypeRef } from '@kubegen/model';
import { indexTypes } from './type-text';

/**
 * The part of the model a generator run is asked for. Generators that declare `perGroup` write, for a
 * scope, exactly the files of the scope's groups; the pipeline runs them group by group in watch mode
 * and keeps the files of the groups nothing touched.
 */
export interface GenerationScope {
  /** Names of the groups whose files are wanted. */
  groups: ReadonlySet<string>;
}

/** Whether a package of `group` is wanted: every group is, without a scope. */
export function inScope(group: string, scope: GenerationScope | undefined): boolean {
  return scope === undefined || scope.groups.has(group);
}

/**
 * The API packages (by `dir`) whose types the scope's packages reach through named references,
 * the scope's own packages included; sorted. What a scoped run reads of the model lies inside them
 * (and in `model.externalTypes`).
 */
export function packagesInReach(
  model: ApiModel,
  scope: GenerationScope,
  types: ReadonlyMap<string, ApiType> = indexTypes(model),
): string[] {
  const reached = new Set<string>();
  const seen = new Set<string>();
  const queue: ApiType[] = [];
  for (const pkg of model.packages) {
    if (!scope.groups.has(pkg.group)) continue;
    reached.add(pkg.dir);
    queue.push(...pkg.types);
  }
  for (const type of queue) seen.add(type.id);
  const visit = (ref: TypeRef): void => {
    switch (ref.ref) {
      case 'named': {
        const target = types.get(ref.id);
        if (!target || seen.has(target.id)) return;
        seen.add(target.id);
        queue.push(target);
        return;
      }
      case 'array':
        return visit(ref.items);
      case 'map':
        return visit(ref.values);
      case 'struct':
        for (const field of ref.fields) visit(field.type);
        return;
      default:
        return;
    }
  };
  for (let i = 0; i < queue.length; i++) {
    const type = queue[i];
    if (!type.package.startsWith('external:')) reached.add(type.package);
    const shape = type.shape;
    if (shape.form === 'struct') {
      for (const field of shape.fields) visit(field.type);
      for (const base of shape.embedded) visit(base);
    } else if (shape.form === 'alias') visit(shape.target);
  }
  return [...reached].sort();
}

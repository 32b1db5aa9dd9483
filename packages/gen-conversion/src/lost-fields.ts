import type { ApiType, TypeRef } from '@kubegen/model';
import { resolveRef } from './compatibility';
import type { Direction, PackagePlan } from './plan';

/** The generated table of `@kubegen/runtime`'s LostFields: where hub fields the spoke lacks are. */
export interface LostFieldsTable {
  keep?: string[];
  fields?: Record<string, LostFieldsTable>;
  items?: LostFieldsTable;
  values?: LostFieldsTable;
}

/** `+k8s:conversion-gen:lossless=false` on the spoke package or kind turns the annotation off. */
export const LOSSLESS_MARKER = 'k8s:conversion-gen:lossless';

function losslessOff(markers: ApiType['markers']): boolean {
  return markers.some((m) => m.name === LOSSLESS_MARKER && (m.value === false || m.value === 'false'));
}

function isKindWithMetadata(type: ApiType): boolean {
  return type.kind !== undefined && type.shape.form === 'struct' && type.shape.fields.some((f) => f.name === 'metadata');
}

/** Lost-field tables per kind (by spoke type id), and the hub → spoke directions whose missing fields they cover. */
export interface LostFieldsPlan {
  tables: Map<string, LostFieldsTable>;
  covered: Set<Direction>;
}

/** Works out, for each kind of the package, which hub fields the spoke cannot hold and where they are. */
export function planLostFields(plan: PackagePlan, types: ReadonlyMap<string, ApiType>): LostFieldsPlan {
  const downByHubId = new Map(plan.types.map((p) => [p.hub.id, p.down]));
  const tables = new Map<string, LostFieldsTable>();
  const covered = new Set<Direction>();
  if (losslessOff(plan.pair.spoke.markers)) return { tables, covered };

  const forRef = (from: TypeRef, to: TypeRef, stack: Set<Direction>): LostFieldsTable | undefined => {
    const a = resolveRef(from, types);
    const b = resolveRef(to, types);
    if (a.ref === 'named' && b.ref === 'named') {
      const direction = downByHubId.get(a.id);
      return direction !== undefined && direction.to.id === b.id ? forDirection(direction, stack) : undefined;
    }
    if (a.ref === 'array' && b.ref === 'array') {
      const items = forRef(a.items, b.items, stack);
      return items && { items };
    }
    if (a.ref === 'map' && b.ref === 'map') {
      const values = forRef(a.values, b.values, stack);
      return values && { values };
    }
    return undefined;
  };

  const forDirection = (direction: Direction, stack: Set<Direction>): LostFieldsTable | undefined => {
    // A hand-written conversion decides itself what it keeps; a recursive type is followed once.
    if (direction.handWritten !== undefined || stack.has(direction)) return undefined;
    covered.add(direction);
    const inner = new Set(stack).add(direction);
    const table: LostFieldsTable = {};
    const keep = direction.steps.flatMap((s) => (s.action === 'manual' && s.reason === 'does not exist in peer-type' ? [s.from.name] : []));
    if (keep.length > 0) table.keep = keep;
    for (const step of direction.steps) {
      if (step.action !== 'convert') continue;
      const sub = forRef(step.from.type, step.to.type, inner);
      if (sub !== undefined) (table.fields ??= {})[step.from.name] = sub;
    }
    return table.keep || table.fields ? table : undefined;
  };

  for (const pair of plan.types) {
    if (!isKindWithMetadata(pair.spoke) || !isKindWithMetadata(pair.hub) || losslessOff(pair.spoke.markers)) continue;
    const table = forDirection(pair.down, new Set());
    if (table !== undefined) tables.set(pair.spoke.id, table);
  }
  return { tables, covered };
}

/** Whether a step's missing field is kept by the annotation. */
export function keptByAnnotation(lost: LostFieldsPlan, direction: Direction, reason: string): boolean {
  return lost.covered.has(direction) && reason === 'does not exist in peer-type';
}

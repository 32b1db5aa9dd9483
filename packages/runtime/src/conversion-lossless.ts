import type { JSONObject, JSONValue } from './json';
import { deepCopyJSONValue } from './json-copy';
import type { ObjectMeta } from './meta-types';

/*
 * Lossless round trips, as Kubernetes keeps them by hand (autoscaling/v1 keeps v2's metrics in an annotation):
 * when the hub (internal or storage version) has fields a spoke lacks, converting hub → spoke saves their values
 * in an annotation of the spoke object, and spoke → hub restores them and removes the annotation. The generator
 * writes, for each kind, a `LostFields` table saying where those fields are; these functions walk it.
 */

/** The annotation that carries hub fields a spoke version cannot hold. */
export const CONVERSION_DATA_ANNOTATION = 'conversion.kubegen.io/lost-fields';

/** Where, in a hub object, the fields a spoke lacks are (generated per kind pair; see zz_generated.conversion.ts). */
export interface LostFields {
  /** Fields of this object the spoke lacks: their whole values are kept. */
  readonly keep?: readonly string[];
  /** Fields both sides have, holding lost fields deeper down. */
  readonly fields?: { readonly [name: string]: LostFields };
  /** For an array value: where the lost fields are in each item. */
  readonly items?: LostFields;
  /** For a map value: where the lost fields are in each value. */
  readonly values?: LostFields;
}

/** What the annotation holds: the kept values, and which containers the conversion had to create for it. */
interface SavedData {
  fields: JSONObject;
  created?: 'metadata' | 'annotations';
}

type Bag = Record<string, unknown>;

function isObject(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null;
}

function setOwn(target: Bag, key: string, value: unknown): void {
  // JSON.parse gives own `__proto__` keys; a plain assignment would set the prototype instead.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function collect(where: LostFields, value: unknown): JSONValue | undefined {
  if (!isObject(value)) return undefined;
  if (where.items !== undefined || where.values !== undefined) {
    const inner = (where.items ?? where.values) as LostFields;
    const out: JSONObject = {};
    let found = false;
    for (const key of Object.keys(value)) {
      const saved = collect(inner, value[key]);
      if (saved !== undefined) {
        setOwn(out, key, saved);
        found = true;
      }
    }
    return found ? out : undefined;
  }
  const out: JSONObject = {};
  let found = false;
  for (const name of where.keep ?? []) {
    if (value[name] === undefined) continue;
    setOwn(out, name, deepCopyJSONValue(value[name] as JSONValue));
    found = true;
  }
  for (const [name, inner] of Object.entries(where.fields ?? {})) {
    const saved = collect(inner, value[name]);
    if (saved !== undefined) {
      setOwn(out, name, saved);
      found = true;
    }
  }
  return found ? out : undefined;
}

function restore(where: LostFields, target: unknown, saved: unknown): void {
  if (!isObject(target) || !isObject(saved)) return;
  if (where.items !== undefined || where.values !== undefined) {
    const inner = (where.items ?? where.values) as LostFields;
    for (const key of Object.keys(saved)) {
      if (Object.prototype.hasOwnProperty.call(target, key)) restore(inner, target[key], saved[key]);
    }
    return;
  }
  for (const name of where.keep ?? []) {
    if (Object.prototype.hasOwnProperty.call(saved, name)) setOwn(target, name, saved[name]);
  }
  for (const [name, inner] of Object.entries(where.fields ?? {})) {
    if (Object.prototype.hasOwnProperty.call(saved, name)) restore(inner, target[name], saved[name]);
  }
}

/**
 * After a hub → spoke conversion: saves the hub's values of the fields the spoke lacks in the spoke's
 * `CONVERSION_DATA_ANNOTATION`; writes nothing when no such field has a value.
 */
export function preserveLostFields(where: LostFields, hub: object, spoke: { metadata?: ObjectMeta }): void {
  const fields = collect(where, hub);
  if (fields === undefined) return;
  const data: SavedData = { fields: fields as JSONObject };
  if (spoke.metadata === undefined) {
    spoke.metadata = {};
    data.created = 'metadata';
  }
  if (spoke.metadata.annotations === undefined) {
    spoke.metadata.annotations = {};
    data.created ??= 'annotations';
  }
  spoke.metadata.annotations[CONVERSION_DATA_ANNOTATION] = JSON.stringify(data);
}

/**
 * After a spoke → hub conversion: restores the fields saved by `preserveLostFields` into the hub object and
 * removes the annotation (and the containers that were created only to hold it). An unreadable annotation is
 * left where it is, so nothing is lost.
 */
export function restoreLostFields(where: LostFields, hub: { metadata?: ObjectMeta }): void {
  const annotations = hub.metadata?.annotations;
  const text = annotations?.[CONVERSION_DATA_ANNOTATION];
  if (annotations === undefined || text === undefined) return;
  let data: SavedData;
  try {
    data = JSON.parse(text) as SavedData;
  } catch {
    return;
  }
  if (!isObject(data) || !isObject(data.fields)) return;
  restore(where, hub, data.fields);
  delete annotations[CONVERSION_DATA_ANNOTATION];
  const metadata = hub.metadata as ObjectMeta;
  if (data.created !== undefined && Object.keys(annotations).length === 0) delete metadata.annotations;
  if (data.created === 'metadata' && Object.keys(metadata).length === 0) delete hub.metadata;
}

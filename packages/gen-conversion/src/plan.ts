import type { ApiField, ApiFunction, ApiPackage, ApiType } from '@kubegen/model';
import { inconvertibleReason, type PairLookup } from './compatibility';
import { autoConvertFunctionName, convertFunctionName } from './names';
import type { PackagePair } from './peers';

/** What the generated field-by-field conversion does with one field of the source type. */
export type FieldStep =
  | { action: 'convert'; from: ApiField; to: ApiField }
  /** TypeMeta's `kind`/`apiVersion`: the scheme sets them, as metav1's conversion is tagged drop. */
  | { action: 'typeMeta'; from: ApiField }
  /** `+k8s:conversion-gen=false` on the field, or a field whose type's conversion is tagged `+k8s:conversion-fn=drop`. */
  | { action: 'optedOut'; from: ApiField; why: string }
  /** Needs a hand-written conversion, or the lossless annotation when the conversion goes hub → spoke. */
  | { action: 'manual'; from: ApiField; reason: string };

/** One direction of a type pair. */
export interface Direction {
  from: ApiType;
  to: ApiType;
  fromPackage: ApiPackage;
  toPackage: ApiPackage;
  /** `convert_<a>_<T>_To_<b>_<T>`. */
  name: string;
  /** `autoConvert_<a>_<T>_To_<b>_<T>`. */
  autoName: string;
  steps: FieldStep[];
  /** The hand-written function of that name, which replaces the generated one. */
  handWritten?: ApiFunction;
  /** Goes from the hub to the spoke (the direction where the spoke may lack fields). */
  towardSpoke: boolean;
}

/** A type both packages declare by name, with its two conversions. */
export interface TypePair {
  name: string;
  spoke: ApiType;
  hub: ApiType;
  up: Direction;
  down: Direction;
}

/** The conversions of one version package. */
export interface PackagePlan {
  pair: PackagePair;
  types: TypePair[];
}

function optedOut(markers: ApiType['markers']): boolean {
  return markers.some((m) => m.name === 'k8s:conversion-gen' && (m.value === 'false' || m.value === false));
}

function dropsField(fn: ApiFunction | undefined): boolean {
  return fn?.markers.some((m) => m.name === 'k8s:conversion-fn' && m.value === 'drop') ?? false;
}

function stepsFor(from: ApiType, to: ApiType, lookup: PairLookup, dropped: ReadonlySet<string>): FieldStep[] {
  if (from.shape.form !== 'struct' || to.shape.form !== 'struct') return [];
  const targetFields = new Map(to.shape.fields.map((f) => [f.name, f]));
  return from.shape.fields.map((field): FieldStep => {
    if (field.inheritedFrom === 'TypeMeta') return { action: 'typeMeta', from: field };
    if (optedOut(field.markers)) return { action: 'optedOut', from: field, why: 'opted out of conversion generation' };
    if (field.type.ref === 'named' && dropped.has(field.type.id))
      return { action: 'optedOut', from: field, why: `its type's conversion is tagged +k8s:conversion-fn=drop` };
    const peer = targetFields.get(field.name);
    if (peer === undefined) return { action: 'manual', from: field, reason: 'does not exist in peer-type' };
    const reason = inconvertibleReason(field.type, peer.type, lookup);
    return reason === undefined ? { action: 'convert', from: field, to: peer } : { action: 'manual', from: field, reason };
  });
}

/** Plans the conversions of every package pair: which types pair up, field steps, and hand-written replacements. */
export function planPackage(pair: PackagePair, types: ReadonlyMap<string, ApiType>): PackagePlan {
  const { spoke, hub } = pair;
  const hubTypes = new Map(hub.types.map((t) => [t.name, t]));
  const matched = spoke.types.filter((t) => {
    const peer = hubTypes.get(t.name);
    return peer !== undefined && t.shape.form === 'struct' && peer.shape.form === 'struct' && !optedOut(t.markers) && !optedOut(peer.markers);
  });
  const pairedIds = new Map<string, string>();
  for (const t of matched) {
    const peer = hubTypes.get(t.name) as ApiType;
    pairedIds.set(t.id, peer.id);
    pairedIds.set(peer.id, t.id);
  }
  const lookup: PairLookup = { types, paired: (a, b) => pairedIds.get(a) === b };
  const functions = new Map(spoke.functions.map((f) => [f.name, f]));
  const dropped = new Set<string>();
  for (const t of matched) {
    const peer = hubTypes.get(t.name) as ApiType;
    if (dropsField(functions.get(convertFunctionName(spoke.name, hub.name, t.name)))) dropped.add(t.id);
    if (dropsField(functions.get(convertFunctionName(hub.name, spoke.name, t.name)))) dropped.add(peer.id);
  }
  const direction = (from: ApiType, to: ApiType, fromPackage: ApiPackage, toPackage: ApiPackage): Direction => {
    const name = convertFunctionName(fromPackage.name, toPackage.name, from.name);
    const handWritten = functions.get(name);
    return {
      from,
      to,
      fromPackage,
      toPackage,
      name,
      autoName: autoConvertFunctionName(fromPackage.name, toPackage.name, from.name),
      steps: stepsFor(from, to, lookup, dropped),
      ...(handWritten !== undefined ? { handWritten } : {}),
      towardSpoke: fromPackage === hub,
    };
  };
  return {
    pair,
    types: matched.map((spokeType) => {
      const hubType = hubTypes.get(spokeType.name) as ApiType;
      return {
        name: spokeType.name,
        spoke: spokeType,
        hub: hubType,
        up: direction(spokeType, hubType, spoke, hub),
        down: direction(hubType, spokeType, hub, spoke),
      };
    }),
  };
}

import { CelScalar, celMap, mapType, type CelMap, type CelMapType } from '@bufbuild/cel';

/*
 * Values of the Kubernetes CEL types cel-es has no notion of (kubernetes.Quantity, kubernetes.URL,
 * net.IP, net.CIDR). cel-es only knows its own value kinds and protobuf messages, so such a value is a
 * one-entry map marked as ours: {<type name>: <canonical text>}. The entry makes `==` compare values
 * as kube's Equal methods do (two quantities of the same amount have the same canonical text); the
 * parsed value itself is kept beside the map, out of CEL's reach.
 */

const payloads = new WeakMap<object, { type: string; value: unknown }>();

/** The CEL type of the receivers and arguments of opaque-value functions: cel-es dispatches them as maps. */
export const OPAQUE: CelMapType<typeof CelScalar.DYN, typeof CelScalar.DYN> = mapType(CelScalar.DYN, CelScalar.DYN);

/** A CEL value of a Kubernetes type: `identity` is what `==` compares, `value` what the functions read. */
export function opaqueValue<T>(type: string, identity: string, value: T): CelMap {
  const map = celMap(new Map([[type, identity]]));
  payloads.set(map, { type, value });
  return map;
}

/** The value inside an opaque CEL value of `type`, or undefined when `target` is something else. */
export function opaqueOf<T>(type: string, target: unknown): T | undefined {
  if (typeof target !== 'object' || target === null) return undefined;
  const payload = payloads.get(target);
  return payload?.type === type ? (payload.value as T) : undefined;
}

/** Like opaqueOf, but a value of another type is cel-go's "no such overload" error. */
export function expectOpaque<T>(type: string, target: unknown): T {
  const value = opaqueOf<T>(type, target);
  if (value === undefined) throw new Error(`no such overload: expected a ${type}`);
  return value;
}

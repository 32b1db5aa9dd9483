/** Free-form JSON: what `apiextensionsv1.JSON` holds (`x-kubernetes-preserve-unknown-fields`). */
export type JSONValue = null | boolean | number | string | JSONValue[] | JSONObject;

/** A JSON object with arbitrary keys. */
export interface JSONObject {
  [key: string]: JSONValue;
}

/**
 * RawExtension holds an embedded object of any kind, serialised as the object's own JSON
 * (`type: object, x-kubernetes-preserve-unknown-fields: true` in CRDs), as Go's `runtime.RawExtension`.
 */
export type RawExtension = JSONObject;

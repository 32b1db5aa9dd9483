/*
 * The `patch=` argument of `+kubebuilder:webhook`: a strategic merge patch (JSON) applied to the generated
 * webhook entry, as controller-gen's applyPatch does with `strategicpatch.StrategicMergePatch` on the v1
 * MutatingWebhook/ValidatingWebhook type. For that type the rules are: objects merge key by key and a null
 * deletes a key; lists are replaced whole, except `matchConditions` (patchStrategy merge, key `name`),
 * whose items merge by name; `$patch: replace` and `$patch: delete` are honoured. Where controller-gen
 * drops what the Go type does not know (a misspelt field vanishes), kubegen refuses it.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The JSON type of each field of a v1 webhook entry (reinvocationPolicy: mutating only). */
const WEBHOOK_FIELDS: Readonly<Record<string, 'string' | 'number' | 'object' | 'array'>> = {
  admissionReviewVersions: 'array',
  clientConfig: 'object',
  failurePolicy: 'string',
  matchConditions: 'array',
  matchPolicy: 'string',
  name: 'string',
  namespaceSelector: 'object',
  objectSelector: 'object',
  reinvocationPolicy: 'string',
  rules: 'array',
  sideEffects: 'string',
  timeoutSeconds: 'number',
};

/** What admissionregistration.k8s.io/v1 requires of a webhook entry. */
const REQUIRED_FIELDS = ['name', 'clientConfig', 'sideEffects', 'admissionReviewVersions'];

/** Lists of the webhook type that merge item by item, by this key (the others are replaced whole). */
const MERGE_KEYS: Readonly<Record<string, string>> = { matchConditions: 'name' };

/** The patched entry, or why the patch cannot be applied. */
export type PatchResult = { webhook: JsonObject } | { problem: string; hint: string };

/** Applies `patchText` to a webhook entry of a Mutating (`mutating`) or ValidatingWebhookConfiguration. */
export function applyWebhookPatch(webhook: object, patchText: string, mutating: boolean): PatchResult {
  const text = patchText.trim();
  if (text === '') return { webhook: webhook as JsonObject };
  let patch: Json;
  try {
    patch = JSON.parse(text) as Json;
  } catch (e) {
    return { problem: `is not JSON (${(e as Error).message})`, hint: EXAMPLE };
  }
  if (!isObject(patch)) return { problem: 'must be a JSON object', hint: EXAMPLE };
  for (const [key, value] of Object.entries(patch)) {
    const expected = key === 'reinvocationPolicy' && !mutating ? undefined : WEBHOOK_FIELDS[key];
    if (expected === undefined) {
      const fields = Object.keys(WEBHOOK_FIELDS).filter((f) => mutating || f !== 'reinvocationPolicy');
      return {
        problem: `names '${key}', which is not a field of a ${mutating ? 'Mutating' : 'Validating'}Webhook (admissionregistration.k8s.io/v1)`,
        hint: `patch one of: ${fields.join(', ')}`,
      };
    }
    if (value !== null && jsonType(value) !== expected)
      return { problem: `sets '${key}' to a ${jsonType(value)}; it is a ${expected}`, hint: EXAMPLE };
  }
  try {
    const patched = mergeObject(webhook as JsonObject, patch, '');
    const removed = REQUIRED_FIELDS.find((f) => patched[f] === undefined);
    if (removed !== undefined)
      return { problem: `removes '${removed}', which a v1 webhook requires`, hint: `leave ${removed} out of the patch` };
    return { webhook: patched };
  } catch (e) {
    if (e instanceof PatchError) return { problem: e.message, hint: EXAMPLE };
    throw e;
  }
}

const EXAMPLE =
  'write a JSON object such as patch=`{"namespaceSelector":{"matchLabels":{"webhook-enabled":"true"}}}`';

class PatchError extends Error {}

function mergeObject(original: JsonObject, patch: JsonObject, path: string): JsonObject {
  const directive = patch.$patch;
  if (directive === 'replace') return withoutDirectives(patch);
  if (directive !== undefined) throw new PatchError(`uses $patch: ${JSON.stringify(directive)} at ${path || 'the top'}; only replace is allowed there`);
  const out: JsonObject = { ...original };
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$')) throw new PatchError(`uses the directive ${key}, which kubegen does not apply`);
    const at = path ? `${path}.${key}` : key;
    if (value === null) delete out[key];
    else if (Array.isArray(value) && MERGE_KEYS[at] !== undefined)
      out[key] = mergeList(Array.isArray(out[key]) ? (out[key] as Json[]) : [], value, MERGE_KEYS[at], at);
    else if (isObject(value) && isObject(out[key])) out[key] = mergeObject(out[key] as JsonObject, value, at);
    else out[key] = isObject(value) ? mergeObject({}, value, at) : value;
  }
  return out;
}

/** A list merged by `key`: items with the same key merge, `$patch: delete` removes one, new ones are appended. */
function mergeList(original: Json[], patch: Json[], key: string, path: string): Json[] {
  const out = [...original];
  for (const item of patch) {
    if (!isObject(item) || typeof item[key] !== 'string')
      throw new PatchError(`has an item of ${path} without a string ${key}, which its items merge by`);
    const index = out.findIndex((o) => isObject(o) && o[key] === item[key]);
    if (item.$patch === 'delete') {
      if (index >= 0) out.splice(index, 1);
    } else if (index >= 0) out[index] = mergeObject(out[index] as JsonObject, item, `${path}[${key}=${item[key]}]`);
    else out.push(mergeObject({}, item, `${path}[${key}=${item[key]}]`));
  }
  return out;
}

function withoutDirectives(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([k]) => !k.startsWith('$')));
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonType(value: Json): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

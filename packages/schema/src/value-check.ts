import type { JSONSchemaProps } from './types';

/**
 * Checks a value (a default, an example) against a schema as the API server does for CRD defaults: type, enum,
 * bounds, lengths, pattern, the byte and date-time formats, required fields and unknown fields (defaults must be pruned). Returns one line per
 * problem, each starting with the path of the offending value (`.spec.title: …`), empty when the value is valid.
 */
export function validateValue(
  schema: JSONSchemaProps,
  value: unknown,
  options: ValueCheckOptions = {},
): string[] {
  const out: string[] = [];
  check(schema, value, '', out, options.unknownFields !== false);
  return out;
}

export interface ValueCheckOptions {
  /** Report fields the schema does not declare (they would be pruned); default true, as defaults must be pruned. */
  unknownFields?: boolean;
}

function check(
  s: JSONSchemaProps,
  v: unknown,
  path: string,
  out: string[],
  unknown: boolean,
): void {
  const at = path || '<value>';
  if (v === null) {
    if (!s.nullable) out.push(`${at}: null is not allowed (the schema is not nullable)`);
    return;
  }
  const type = typeOf(v);
  if (s['x-kubernetes-int-or-string']) {
    if (type !== 'integer' && type !== 'string')
      out.push(`${at}: must be an integer or a string, not ${type}`);
  } else if (s.type && !(s.type === type || (s.type === 'number' && type === 'integer'))) {
    out.push(`${at}: must be of type ${s.type}, not ${type}`);
    return;
  }
  if (s.enum && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(v)))
    out.push(
      `${at}: ${JSON.stringify(v)} is not one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`,
    );
  for (const branch of s.allOf ?? []) check({ ...branch, type: undefined }, v, path, out, unknown);
  if (typeof v === 'string') checkString(s, v, at, out);
  if (typeof v === 'number') checkNumber(s, v, at, out);
  if (Array.isArray(v)) checkArray(s, v, path, out, unknown);
  else if (type === 'object') checkObject(s, v as Record<string, unknown>, path, out, unknown);
}

/** The formats whose violations the API server reports for CRD values. */
const FORMATS: Record<string, RegExp> = {
  byte: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/,
};

function checkString(s: JSONSchemaProps, v: string, at: string, out: string[]): void {
  const format = s.format !== undefined ? FORMATS[s.format] : undefined;
  if (format && !format.test(v)) out.push(`${at}: ${JSON.stringify(v)} is not a valid ${s.format}`);
  const length = [...v].length;
  if (s.maxLength !== undefined && length > s.maxLength)
    out.push(`${at}: ${JSON.stringify(v)} is longer than ${s.maxLength} characters`);
  if (s.minLength !== undefined && length < s.minLength)
    out.push(`${at}: ${JSON.stringify(v)} is shorter than ${s.minLength} characters`);
  if (s.pattern !== undefined) {
    let re: RegExp | undefined;
    try {
      re = new RegExp(s.pattern);
    } catch {
      // An invalid pattern is reported by the Pattern marker itself.
    }
    if (re && !re.test(v)) out.push(`${at}: ${JSON.stringify(v)} does not match ${s.pattern}`);
  }
}

function checkNumber(s: JSONSchemaProps, v: number, at: string, out: string[]): void {
  if (s.maximum !== undefined && (s.exclusiveMaximum ? v >= s.maximum : v > s.maximum))
    out.push(
      `${at}: ${v} is above the maximum ${s.maximum}${s.exclusiveMaximum ? ' (exclusive)' : ''}`,
    );
  if (s.minimum !== undefined && (s.exclusiveMinimum ? v <= s.minimum : v < s.minimum))
    out.push(
      `${at}: ${v} is below the minimum ${s.minimum}${s.exclusiveMinimum ? ' (exclusive)' : ''}`,
    );
  if (s.multipleOf !== undefined && !Number.isInteger(v / s.multipleOf))
    out.push(`${at}: ${v} is not a multiple of ${s.multipleOf}`);
}

function checkArray(
  s: JSONSchemaProps,
  v: unknown[],
  path: string,
  out: string[],
  unknown: boolean,
): void {
  const at = path || '<value>';
  if (s.maxItems !== undefined && v.length > s.maxItems)
    out.push(`${at}: has more than ${s.maxItems} items`);
  if (s.minItems !== undefined && v.length < s.minItems)
    out.push(`${at}: has fewer than ${s.minItems} items`);
  if (s.items)
    v.forEach((item, i) => check(s.items as JSONSchemaProps, item, `${path}[${i}]`, out, unknown));
}

function checkObject(
  s: JSONSchemaProps,
  v: Record<string, unknown>,
  path: string,
  out: string[],
  unknown: boolean,
): void {
  const at = path || '<value>';
  const keys = Object.keys(v);
  if (s.maxProperties !== undefined && keys.length > s.maxProperties)
    out.push(`${at}: has more than ${s.maxProperties} properties`);
  if (s.minProperties !== undefined && keys.length < s.minProperties)
    out.push(`${at}: has fewer than ${s.minProperties} properties`);
  for (const r of s.required ?? [])
    if (!(r in v)) out.push(`${at}: required field ${r} is missing`);
  const additional = s.additionalProperties;
  for (const key of keys) {
    const child = s.properties?.[key] ?? (typeof additional === 'object' ? additional : undefined);
    if (child) check(child, v[key], `${path}.${key}`, out, unknown);
    else if (
      unknown &&
      !s['x-kubernetes-preserve-unknown-fields'] &&
      additional !== true &&
      (s.properties || s.type === 'object')
    )
      out.push(`${path}.${key}: unknown field (it would be pruned)`);
  }
}

function typeOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

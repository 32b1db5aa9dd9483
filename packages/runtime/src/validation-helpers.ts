import { forbidden, invalid, required, tooLong, type FieldError } from './field-errors';

/*
 * What generated validators call: path joining (only on error), JSON type tests, Kubernetes string
 * formats, and apimachinery's ObjectMeta validation (ValidateObjectMeta, ValidateObjectMetaUpdate).
 * Messages are apimachinery's, word for word, so users see what the API server would print.
 */

/** `parent` + `.name`, or `name` at the root (paths are built only when an error is reported). */
export function childPath(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}

/**
 * A field path as generated validators carry it while they descend: field steps (`'.spec.template'`),
 * list indexes (numbers) and map keys (`'[key]'`). Pushing a step allocates nothing; the path string
 * is built by `pathText` only when an error is reported.
 */
export type PathSteps = (string | number)[];

/** The field path string of `steps`, e.g. `spec.containers[2].ports`; empty at the root. */
export function pathText(steps: readonly (string | number)[]): string {
  let text = '';
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    text += typeof step === 'number' ? `[${step}]` : step;
  }
  return text.charCodeAt(0) === 46 /* . */ ? text.slice(1) : text;
}

/** True for a JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values, as CEL and listType=set compare them. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A canonical text of a JSON value (keys sorted), to find duplicates in a set list in one pass. */
export function jsonKey(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(jsonKey).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${jsonKey(record[k])}`).join(',')}}`;
}

/** Length of a string in Unicode code points, as Go's `utf8.RuneCountInString` (JSON schema's maxLength). */
export function runeLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else {
      const d = s.charCodeAt(i + 1);
      n++;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN}$`);
const DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL}$`);
const QUALIFIED_NAME_PART = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_NAME_RE = new RegExp(`^${QUALIFIED_NAME_PART}$`);
const LABEL_VALUE_RE = new RegExp(`^(${QUALIFIED_NAME_PART})?$`);

const SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '" +
  DNS1123_SUBDOMAIN +
  "')";
const LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '" +
  DNS1123_LABEL +
  "')";

/** apimachinery's `IsDNS1123Subdomain`: the messages, empty when `value` is valid. */
export function isDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push('must be no more than 253 characters');
  if (!DNS1123_SUBDOMAIN_RE.test(value)) errs.push(SUBDOMAIN_MESSAGE);
  return errs;
}

/** apimachinery's `IsDNS1123Label`: the messages, empty when `value` is valid. */
export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push('must be no more than 63 characters');
  if (!DNS1123_LABEL_RE.test(value)) errs.push(LABEL_MESSAGE);
  return errs;
}

const DNS1035_LABEL_RE = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** apimachinery's `IsDNS1035Label`: the messages, empty when `value` is valid. */
export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push('must be no more than 63 characters');
  if (!DNS1035_LABEL_RE.test(value)) {
    errs.push(
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    );
  }
  return errs;
}

/** apimachinery's `IsQualifiedName` (label and annotation keys): `[prefix/]name`. */
export function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) name = parts[0];
  else if (parts.length === 2) {
    const [prefix] = parts;
    name = parts[1];
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else for (const m of isDNS1123Subdomain(prefix)) errs.push(`prefix part ${m}`);
  } else {
    return [
      "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push('name part must be no more than 63 characters');
  if (name.length > 0 && !QUALIFIED_NAME_RE.test(name)) {
    errs.push(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    );
  }
  return errs;
}

/** apimachinery's `IsValidLabelValue`. */
export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push('must be no more than 63 characters');
  if (!LABEL_VALUE_RE.test(value)) {
    errs.push(
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    );
  }
  return errs;
}

/*
 * Fast answers for the valid case, which is nearly every case: the functions above build their messages
 * only when these say no, so a valid ObjectMeta allocates nothing. They scan characters as the regular
 * expressions above match them (JavaScript's `$` matches only at the end, so the two agree exactly).
 */

function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLowerAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

/** Whether `s[start, end)` matches QUALIFIED_NAME_PART: alphanumerics, '-', '_' and '.', alphanumeric at both ends. */
function scansAsQualifiedNamePart(s: string, start: number, end: number): boolean {
  if (end <= start || !isAlphanumeric(s.charCodeAt(start)) || !isAlphanumeric(s.charCodeAt(end - 1))) return false;
  for (let i = start + 1; i < end - 1; i++) {
    const c = s.charCodeAt(i);
    if (!isAlphanumeric(c) && c !== 45 /* - */ && c !== 95 /* _ */ && c !== 46 /* . */) return false;
  }
  return true;
}

/** Whether `s[start, end)` matches DNS1123_SUBDOMAIN: dot-separated DNS1123_LABELs. */
function scansAsSubdomain(s: string, start: number, end: number): boolean {
  let labelStart = start;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 46 : s.charCodeAt(i);
    if (c === 46 /* . */) {
      if (i === labelStart || !isLowerAlphanumeric(s.charCodeAt(labelStart)) || !isLowerAlphanumeric(s.charCodeAt(i - 1))) return false;
      labelStart = i + 1;
    } else if (!isLowerAlphanumeric(c) && c !== 45 /* - */) {
      return false;
    }
  }
  return true;
}

/** True when `isQualifiedName(value)` has no messages. */
function isValidQualifiedName(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash === -1) return value.length <= 63 && scansAsQualifiedNamePart(value, 0, value.length);
  return slash <= 253 && value.length - slash - 1 <= 63 && scansAsSubdomain(value, 0, slash) && scansAsQualifiedNamePart(value, slash + 1, value.length);
}

/** True when `isValidLabelValue(value)` has no messages. */
function isWellFormedLabelValue(value: string): boolean {
  return value === '' || (value.length <= 63 && scansAsQualifiedNamePart(value, 0, value.length));
}

/** True when `isDNS1123Label(value)` has no messages. */
function isValidDNS1123Label(value: string): boolean {
  return value.length <= 63 && value.indexOf('.') === -1 && scansAsSubdomain(value, 0, value.length);
}

/** True when the name check of `nameValidation` has no messages for `value`. */
function isValidName(value: string, nameValidation: NameValidation): boolean {
  return nameValidation === 'label' ? isValidDNS1123Label(value) : value.length <= 253 && scansAsSubdomain(value, 0, value.length);
}

/** Largest total size of an object's annotations (keys plus values), as apimachinery's `TotalAnnotationSizeLimitB`. */
export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * (1 << 10);

/** How a kind's names are validated: apimachinery's `NameIsDNSSubdomain` (the default for CRDs) or `NameIsDNSLabel`. */
export type NameValidation = 'subdomain' | 'label';

/** The metadata fields `validateObjectMeta` reads. */
interface MetaLike {
  name?: unknown;
  generateName?: unknown;
  namespace?: unknown;
  generation?: unknown;
  labels?: unknown;
  annotations?: unknown;
  uid?: unknown;
  creationTimestamp?: unknown;
}

/**
 * apimachinery's `ValidateObjectMeta`: name or generateName, name syntax (`nameValidation`), namespace
 * required on namespaced kinds and forbidden on cluster-scoped ones, non-negative generation, label
 * and annotation keys and values. Appends to `errs`.
 */
export function validateObjectMeta(
  meta: unknown,
  namespaced: boolean,
  nameValidation: NameValidation,
  path: string,
  errs: FieldError[],
): void {
  if (!isPlainObject(meta)) {
    if (meta === undefined) errs.push(required(childPath(path, 'name'), 'name or generateName is required'));
    return;
  }
  const m = meta as MetaLike;
  const check = nameValidation === 'label' ? isDNS1123Label : isDNS1123Subdomain;
  const generateName = typeof m.generateName === 'string' ? m.generateName : '';
  if (generateName !== '') {
    // A generated name gets a random suffix: the prefix is checked with its trailing dash masked.
    const masked = generateName.endsWith('-') ? `${generateName.slice(0, -1)}a` : generateName;
    for (const msg of check(masked)) errs.push(invalid(childPath(path, 'generateName'), generateName, msg));
  }
  const name = typeof m.name === 'string' ? m.name : '';
  if (name === '') {
    if (generateName === '') errs.push(required(childPath(path, 'name'), 'name or generateName is required'));
  } else if (!isValidName(name, nameValidation)) {
    for (const msg of check(name)) errs.push(invalid(childPath(path, 'name'), name, msg));
  }
  const namespace = typeof m.namespace === 'string' ? m.namespace : '';
  if (namespaced) {
    if (namespace === '') errs.push(required(childPath(path, 'namespace'), ''));
    else if (!isValidDNS1123Label(namespace)) {
      for (const msg of isDNS1123Label(namespace)) errs.push(invalid(childPath(path, 'namespace'), namespace, msg));
    }
  } else if (namespace !== '') {
    errs.push(forbidden(childPath(path, 'namespace'), 'not allowed on this type'));
  }
  if (typeof m.generation === 'number' && m.generation < 0) {
    errs.push(invalid(childPath(path, 'generation'), m.generation, 'must be greater than or equal to 0'));
  }
  if (m.labels !== undefined) validateLabels(m.labels, childPath(path, 'labels'), errs);
  if (m.annotations !== undefined) validateAnnotations(m.annotations, childPath(path, 'annotations'), errs);
}

/** apimachinery's `ValidateLabels`: qualified-name keys, label-syntax values. */
export function validateLabels(labels: unknown, path: string, errs: FieldError[]): void {
  if (!isPlainObject(labels)) return;
  for (const key of Object.keys(labels)) {
    if (!isValidQualifiedName(key)) for (const msg of isQualifiedName(key)) errs.push(invalid(path, key, msg));
    const value = labels[key];
    if (typeof value === 'string' && !isWellFormedLabelValue(value)) {
      for (const msg of isValidLabelValue(value)) errs.push(invalid(`${path}[${key}]`, value, msg));
    }
  }
}

/** apimachinery's `ValidateAnnotations`: qualified-name keys (case-insensitive) and a total size limit. */
export function validateAnnotations(annotations: unknown, path: string, errs: FieldError[]): void {
  if (!isPlainObject(annotations)) return;
  let total = 0;
  for (const key of Object.keys(annotations)) {
    // A key valid as written is valid lowercased: only the others pay for toLowerCase and the messages.
    if (!isValidQualifiedName(key)) for (const msg of isQualifiedName(key.toLowerCase())) errs.push(invalid(path, key, msg));
    const value = annotations[key];
    total += key.length + (typeof value === 'string' ? value.length : 0);
  }
  if (total > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(tooLong(path, '', TOTAL_ANNOTATION_SIZE_LIMIT));
}

/** apimachinery's `ValidateObjectMetaUpdate`: name, namespace, uid and creationTimestamp may not change. */
export function validateObjectMetaUpdate(meta: unknown, old: unknown, path: string, errs: FieldError[]): void {
  if (!isPlainObject(meta) || !isPlainObject(old)) return;
  for (const field of ['name', 'namespace', 'uid', 'creationTimestamp'] as const) {
    const now = (meta as MetaLike)[field];
    const before = (old as MetaLike)[field];
    // An unset old value is filled by the server, so only a change of a set value is refused.
    if (before !== undefined && before !== null && before !== '' && !jsonEqual(now, before)) {
      errs.push(invalid(childPath(path, field), now, 'field is immutable'));
    }
  }
}

export { checkListUniqueness, hasUniqueItems } from './list-uniqueness';

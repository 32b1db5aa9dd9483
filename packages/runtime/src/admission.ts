import { aggregateErrorString, errorBody, type FieldError } from './field-errors';
import type { JSONValue } from './json';
import type { Status, StatusCause } from './meta-types';
import type { GroupVersionKind, GroupVersionResource } from './scheme-types';

/*
 * The admission webhook side of kubegen: answer an `admission.k8s.io/v1` AdmissionReview the way
 * controller-runtime's defaulting and validating webhooks do. A mutating handler's changes travel back as an
 * RFC 6902 JSON patch computed by diffing the object before and after; a validating handler's field errors travel
 * back as the 422 Invalid status the API server itself would give (apierrors.NewInvalid).
 */

export type AdmissionOperation = 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';

/** The request of an AdmissionReview (admission.k8s.io/v1 AdmissionRequest). */
export interface AdmissionRequest<T extends object = Record<string, unknown>> {
  uid: string;
  kind: GroupVersionKind;
  resource: GroupVersionResource;
  subResource?: string;
  requestKind?: GroupVersionKind;
  requestResource?: GroupVersionResource;
  requestSubResource?: string;
  name?: string;
  namespace?: string;
  operation: AdmissionOperation;
  userInfo?: {
    username?: string;
    uid?: string;
    groups?: string[];
    extra?: Record<string, string[]>;
  };
  object?: T | null;
  oldObject?: T | null;
  dryRun?: boolean;
  options?: Record<string, unknown> | null;
}

/** The response of an AdmissionReview (admission.k8s.io/v1 AdmissionResponse). */
export interface AdmissionResponse {
  uid: string;
  allowed: boolean;
  status?: Status;
  /** Base64 of the JSON patch. */
  patch?: string;
  patchType?: 'JSONPatch';
  warnings?: string[];
  auditAnnotations?: Record<string, string>;
}

export interface AdmissionReview<T extends object = Record<string, unknown>> {
  apiVersion: string;
  kind: 'AdmissionReview';
  request?: AdmissionRequest<T>;
  response?: AdmissionResponse;
}

/** A defaulting webhook: changes the object in place, or returns the changed object. */
export interface MutatingAdmissionHandler<T extends object> {
  mutate(obj: T, request: AdmissionRequest<T>): void | T | Promise<void | T>;
}

/** A validating webhook: returns the field errors of the object (`old` is set on UPDATE). */
export interface ValidatingAdmissionHandler<T extends object> {
  validate(
    obj: T,
    old: T | undefined,
    request: AdmissionRequest<T>,
  ): readonly FieldError[] | Promise<readonly FieldError[]>;
  /** Called on DELETE with the object being deleted; without it deletions are allowed. */
  validateDelete?(
    old: T,
    request: AdmissionRequest<T>,
  ): readonly FieldError[] | Promise<readonly FieldError[]>;
}

export type AdmissionHandler<T extends object> =
  MutatingAdmissionHandler<T> | ValidatingAdmissionHandler<T>;

/** One RFC 6902 operation. */
export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace';
  path: string;
  value?: JSONValue;
}

const REVIEW_VERSIONS = ['admission.k8s.io/v1', 'admission.k8s.io/v1beta1'];

/** Answers an AdmissionReview with the handler; the answer is in the request's apiVersion. Never throws. */
export async function handleAdmissionReview<T extends object>(
  review: AdmissionReview<T>,
  handler: AdmissionHandler<T>,
): Promise<AdmissionReview<T>> {
  const answer = (response: AdmissionResponse): AdmissionReview<T> => ({
    apiVersion: REVIEW_VERSIONS.includes(review?.apiVersion)
      ? review.apiVersion
      : REVIEW_VERSIONS[0],
    kind: 'AdmissionReview',
    response,
  });
  const problem = malformed(review);
  if (problem) return answer(errored(uidOf(review), 400, 'BadRequest', problem));
  const request = review.request as AdmissionRequest<T>;
  try {
    const response =
      'mutate' in handler ? await mutate(request, handler) : await validate(request, handler);
    return answer(response);
  } catch (e) {
    return answer(
      errored(request.uid, 500, 'InternalError', e instanceof Error ? e.message : String(e)),
    );
  }
}

async function mutate<T extends object>(
  request: AdmissionRequest<T>,
  handler: MutatingAdmissionHandler<T>,
): Promise<AdmissionResponse> {
  if (!isObject(request.object)) return { uid: request.uid, allowed: true };
  const before = jsonClone(request.object) as JSONValue;
  const working = jsonClone(request.object) as T;
  const returned = await handler.mutate(working, request);
  const after = jsonClone(returned ?? working) as JSONValue;
  const patch = createJsonPatch(before, after);
  if (patch.length === 0) return { uid: request.uid, allowed: true };
  return {
    uid: request.uid,
    allowed: true,
    patchType: 'JSONPatch',
    patch: base64(JSON.stringify(patch)),
  };
}

async function validate<T extends object>(
  request: AdmissionRequest<T>,
  handler: ValidatingAdmissionHandler<T>,
): Promise<AdmissionResponse> {
  let errors: readonly FieldError[] = [];
  let subject: T | undefined;
  if (request.operation === 'DELETE') {
    subject = isObject(request.oldObject) ? request.oldObject : undefined;
    if (subject && handler.validateDelete) errors = await handler.validateDelete(subject, request);
  } else if (isObject(request.object)) {
    subject = request.object;
    const old =
      isObject(request.oldObject) && request.operation === 'UPDATE' ? request.oldObject : undefined;
    errors = await handler.validate(subject, old, request);
  }
  if (errors.length === 0) return { uid: request.uid, allowed: true };
  return { uid: request.uid, allowed: false, status: invalidStatus(request, subject, errors) };
}

/** The Status of apierrors.NewInvalid: 422, reason Invalid, one cause per field error. */
function invalidStatus<T extends object>(
  request: AdmissionRequest<T>,
  obj: T | undefined,
  errors: readonly FieldError[],
): Status {
  const name = request.name || metadataName(obj);
  const { group, kind } = request.kind;
  const qualifiedKind = group ? `${kind}.${group}` : kind;
  const causes: StatusCause[] = errors.map((e) => ({
    reason: e.type,
    message: errorBody(e),
    field: e.field,
  }));
  const details: NonNullable<Status['details']> = { kind, causes };
  if (name) details.name = name;
  if (group) details.group = group;
  return {
    metadata: {},
    status: 'Failure',
    message: `${qualifiedKind} ${JSON.stringify(name)} is invalid: ${aggregateErrorString(errors)}`,
    reason: 'Invalid',
    details,
    code: 422,
  };
}

function errored(uid: string, code: number, reason: string, message: string): AdmissionResponse {
  return {
    uid,
    allowed: false,
    status: { metadata: {}, status: 'Failure', message, reason, code },
  };
}

/** Why the value is not an AdmissionReview with a request we can answer, or undefined when it is one. */
function malformed(review: unknown): string | undefined {
  if (!isObject(review)) return 'the body is not an AdmissionReview object';
  const r = review as Partial<AdmissionReview>;
  if (r.kind !== 'AdmissionReview' || !REVIEW_VERSIONS.includes(r.apiVersion ?? '')) {
    return `expected kind AdmissionReview of ${REVIEW_VERSIONS.join(' or ')}, got kind ${String(r.kind)} of ${String(r.apiVersion)}`;
  }
  if (!isObject(r.request)) return 'the AdmissionReview has no request';
  if (typeof r.request.uid !== 'string' || r.request.uid === '')
    return 'the AdmissionReview request has no uid';
  if (!isObject(r.request.kind)) return 'the AdmissionReview request has no kind';
  return undefined;
}

function uidOf(review: unknown): string {
  const request = isObject(review) ? (review as { request?: unknown }).request : undefined;
  const uid = isObject(request) ? (request as { uid?: unknown }).uid : undefined;
  return typeof uid === 'string' ? uid : '';
}

function metadataName(obj: object | undefined): string {
  const metadata = (obj as { metadata?: { name?: unknown } } | undefined)?.metadata;
  return typeof metadata?.name === 'string' ? metadata.name : '';
}

/**
 * The RFC 6902 patch that turns `before` into `after` (both JSON): object members removed, added or recursed into
 * (keys sorted, so the patch is deterministic), arrays element by element with the tail added or removed,
 * anything else replaced. Keys are escaped as JSON pointers (`~` → `~0`, `/` → `~1`).
 */
export function createJsonPatch(before: JSONValue, after: JSONValue): JsonPatchOperation[] {
  const ops: JsonPatchOperation[] = [];
  diff(before, after, '', ops);
  return ops;
}

function diff(a: JSONValue, b: JSONValue, path: string, ops: JsonPatchOperation[]): void {
  if (jsonEqual(a, b)) return;
  if (isJsonObject(a) && isJsonObject(b)) {
    for (const key of Object.keys(a).sort()) {
      if (!Object.hasOwn(b, key)) ops.push({ op: 'remove', path: `${path}/${escapePointer(key)}` });
    }
    for (const key of Object.keys(b).sort()) {
      const child = `${path}/${escapePointer(key)}`;
      if (Object.hasOwn(a, key)) diff(a[key], b[key], child, ops);
      else ops.push({ op: 'add', path: child, value: b[key] });
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) diff(a[i], b[i], `${path}/${i}`, ops);
    for (let i = common; i < b.length; i++)
      ops.push({ op: 'add', path: `${path}/${i}`, value: b[i] });
    // Remove from the end so the indices still to remove stay valid.
    for (let i = a.length - 1; i >= common; i--) ops.push({ op: 'remove', path: `${path}/${i}` });
    return;
  }
  ops.push({ op: 'replace', path, value: b });
}

function jsonEqual(a: JSONValue, b: JSONValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]))
    );
  }
  return false;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isJsonObject(v: JSONValue): v is { [key: string]: JSONValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value as it goes over the wire: undefined members dropped, a fresh copy. */
function jsonClone(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/*
 * Base64 of the UTF-8 bytes of a string. Written out because the runtime must compile with only the
 * ECMAScript library: TextEncoder, btoa and Buffer belong to the DOM or to Node's types.
 */
function base64(text: string): string {
  const bytes = utf8(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63] : '=';
  }
  return out;
}

function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return bytes;
}

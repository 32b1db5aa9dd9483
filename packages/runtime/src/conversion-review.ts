import { parseGroupVersion } from './group-version';
import type { Status, TypeMeta } from './meta-types';
import type { Scheme } from './scheme';
import type { GroupVersion } from './scheme-types';

/*
 * The conversion webhook side of kubegen: answer an `apiextensions.k8s.io/v1` ConversionReview as
 * controller-runtime's conversion webhook does, converting every object through the scheme. A failure is
 * reported in the response's `result` (the API server shows its message to the client), never thrown.
 */

/** The request of a ConversionReview (apiextensions.k8s.io/v1 ConversionRequest). */
export interface ConversionRequest {
  uid: string;
  /** The apiVersion every object is to be converted to, e.g. `demo.example.com/v1`. */
  desiredAPIVersion: string;
  objects: TypeMeta[];
}

/** The response of a ConversionReview (apiextensions.k8s.io/v1 ConversionResponse). */
export interface ConversionResponse {
  uid: string;
  /** The converted objects, in the order of the request; empty on failure. */
  convertedObjects: TypeMeta[];
  /** `Success`, or `Failure` with a message. */
  result: Status;
}

/** An `apiextensions.k8s.io/v1` ConversionReview: a request in, a response out. */
export interface ConversionReview {
  apiVersion?: string;
  kind?: string;
  request?: ConversionRequest;
  response?: ConversionResponse;
}

const REVIEW_API_VERSION = 'apiextensions.k8s.io/v1';

function describeObject(obj: TypeMeta, index: number): string {
  // The objects come from the wire: any of them may be null or not an object at all.
  if (typeof obj !== 'object' || obj === null) return `object ${index} (not an object)`;
  const meta = (obj as { metadata?: { name?: string; namespace?: string } }).metadata;
  const name = meta?.name === undefined ? '' : ` ${meta.namespace ? `${meta.namespace}/` : ''}${meta.name}`;
  return `object ${index} (${obj.apiVersion ?? '<no apiVersion>'} ${obj.kind ?? '<no kind>'}${name})`;
}

function failure(uid: string, message: string): ConversionReview {
  return {
    apiVersion: REVIEW_API_VERSION,
    kind: 'ConversionReview',
    response: { uid, convertedObjects: [], result: { status: 'Failure', message } },
  };
}

/** Why a review cannot be answered at all, if it cannot. */
function malformed(review: unknown): string | undefined {
  if (typeof review !== 'object' || review === null) return 'the body is not a ConversionReview object';
  const request = (review as ConversionReview).request;
  if (typeof request !== 'object' || request === null) return 'the ConversionReview has no request';
  if (typeof request.uid !== 'string' || request.uid === '') return 'the ConversionReview request has no uid';
  if (typeof request.desiredAPIVersion !== 'string' || request.desiredAPIVersion === '')
    return 'the ConversionReview request has no desiredAPIVersion';
  if (!Array.isArray(request.objects)) return 'the ConversionReview request has no objects list';
  return undefined;
}

/**
 * Answers a ConversionReview: every object converted to `desiredAPIVersion` by `scheme.convert`, the uid echoed,
 * `result.status` `Success`; when any object fails, `Failure` with a message naming the object and the reason.
 */
export function handleConversionReview(scheme: Scheme, review: ConversionReview): ConversionReview {
  const problem = malformed(review);
  const uid = typeof review?.request?.uid === 'string' ? review.request.uid : '';
  if (problem !== undefined) return failure(uid, problem);
  const request = review.request as ConversionRequest;
  let target: GroupVersion;
  try {
    target = parseGroupVersion(request.desiredAPIVersion);
  } catch (e) {
    return failure(uid, e instanceof Error ? e.message : String(e));
  }
  const convertedObjects: TypeMeta[] = [];
  const errors: string[] = [];
  request.objects.forEach((obj, index) => {
    try {
      convertedObjects.push(scheme.convert(obj, target));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      errors.push(`${describeObject(obj, index)}: ${reason}`);
    }
  });
  if (errors.length > 0) {
    return failure(uid, `conversion to ${request.desiredAPIVersion} failed: ${errors.join('; ')}`);
  }
  return {
    apiVersion: REVIEW_API_VERSION,
    kind: 'ConversionReview',
    response: { uid, convertedObjects, result: { status: 'Success' } },
  };
}

import fc from 'fast-check';
import { applyPatch, type Operation } from 'fast-json-patch';
import {
  createJsonPatch,
  handleAdmissionReview,
  type AdmissionRequest,
  type AdmissionReview,
  type JsonPatchOperation,
} from './admission';
import { invalid, required, type FieldError } from './field-errors';
import type { JSONValue } from './json';

interface CronJob {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string; labels?: Record<string, string> };
  spec?: { schedule?: string; replicas?: number; suspend?: boolean; jobs?: string[] };
}

const cronJob = (spec: CronJob['spec']): CronJob => ({
  apiVersion: 'batch.example.com/v1',
  kind: 'CronJob',
  metadata: { name: 'nightly' },
  spec,
});

function review(
  operation: AdmissionRequest['operation'],
  object?: CronJob,
  oldObject?: CronJob,
): AdmissionReview<CronJob> {
  return {
    apiVersion: 'admission.k8s.io/v1',
    kind: 'AdmissionReview',
    request: {
      uid: '705ab4f5-6393-11e8-b7cc-42010a800002',
      kind: { group: 'batch.example.com', version: 'v1', kind: 'CronJob' },
      resource: { group: 'batch.example.com', version: 'v1', resource: 'cronjobs' },
      namespace: 'default',
      operation,
      object,
      oldObject,
    },
  };
}

/** Decodes the response's patch and applies it to a copy of the original with fast-json-patch. */
function applyResponsePatch(original: object, patch: string | undefined): unknown {
  const ops = JSON.parse(Buffer.from(patch ?? '', 'base64').toString('utf8')) as Operation[];
  return applyPatch(structuredClone(original), ops, true, false).newDocument;
}

describe('handleAdmissionReview, mutating', () => {
  test('the patch is base64 of its UTF-8 JSON, for any label text (non-ASCII and astral characters too)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }), async (text) => {
        const original = cronJob({ schedule: '@daily' });
        const labeller = { mutate: (obj: CronJob) => void (obj.metadata = { name: 'nightly', labels: { note: text } }) };
        const answer = await handleAdmissionReview(review('CREATE', original), labeller);
        const patch = answer.response?.patch ?? '';
        expect(patch).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
        expect(applyResponsePatch(original, patch)).toEqual({
          ...original,
          metadata: { name: 'nightly', labels: { note: text } },
        });
      }),
      { numRuns: 200 },
    );
  });

  const defaulter = {
    mutate(obj: CronJob) {
      obj.spec ??= {};
      obj.spec.replicas ??= 1;
      obj.spec.suspend ??= false;
    },
  };

  test('a default set by the handler comes back as a JSON patch that yields the mutated object', async () => {
    const original = cronJob({ schedule: '@daily' });
    const answer = await handleAdmissionReview(review('CREATE', original), defaulter);
    expect(answer.apiVersion).toBe('admission.k8s.io/v1');
    expect(answer.kind).toBe('AdmissionReview');
    expect(answer.response).toMatchObject({
      uid: '705ab4f5-6393-11e8-b7cc-42010a800002',
      allowed: true,
      patchType: 'JSONPatch',
    });
    expect(applyResponsePatch(original, answer.response?.patch)).toEqual(
      cronJob({ schedule: '@daily', replicas: 1, suspend: false }),
    );
    expect(original).toEqual(cronJob({ schedule: '@daily' }));
  });

  test('a handler may return a new object instead; async handlers are awaited', async () => {
    const original = cronJob({ schedule: '@daily', jobs: ['a', 'b'] });
    const answer = await handleAdmissionReview(review('UPDATE', original, original), {
      async mutate(obj: CronJob) {
        await Promise.resolve();
        return {
          ...obj,
          metadata: { ...obj.metadata, labels: { 'app.kubernetes.io/name': 'x~y' } },
          spec: { jobs: ['a'] },
        };
      },
    });
    expect(applyResponsePatch(original, answer.response?.patch)).toEqual({
      ...original,
      metadata: { name: 'nightly', labels: { 'app.kubernetes.io/name': 'x~y' } },
      spec: { jobs: ['a'] },
    });
  });

  test('no change, no patch; DELETE has no object to default', async () => {
    const unchanged = await handleAdmissionReview(
      review('CREATE', cronJob({ replicas: 2, suspend: true })),
      defaulter,
    );
    expect(unchanged.response).toEqual({
      uid: '705ab4f5-6393-11e8-b7cc-42010a800002',
      allowed: true,
    });
    const deleted = await handleAdmissionReview(
      review('DELETE', undefined, cronJob({})),
      defaulter,
    );
    expect(deleted.response).toEqual({
      uid: '705ab4f5-6393-11e8-b7cc-42010a800002',
      allowed: true,
    });
  });
});

describe('handleAdmissionReview, validating', () => {
  const validator = {
    validate(obj: CronJob, old: CronJob | undefined): FieldError[] {
      const errors: FieldError[] = [];
      if (!obj.spec?.schedule) errors.push(required('spec.schedule', ''));
      if ((obj.spec?.replicas ?? 0) < 0)
        errors.push(
          invalid('spec.replicas', obj.spec?.replicas, 'must be greater than or equal to 0'),
        );
      if (old && old.spec?.schedule !== obj.spec?.schedule)
        errors.push(invalid('spec.schedule', obj.spec?.schedule, 'field is immutable'));
      return errors;
    },
  };

  test('field errors come back as the 422 Invalid status of apierrors.NewInvalid', async () => {
    const answer = await handleAdmissionReview(
      review('CREATE', cronJob({ replicas: -1 })),
      validator,
    );
    expect(answer.response).toEqual({
      uid: '705ab4f5-6393-11e8-b7cc-42010a800002',
      allowed: false,
      status: {
        metadata: {},
        status: 'Failure',
        message:
          'CronJob.batch.example.com "nightly" is invalid: [spec.schedule: Required value, spec.replicas: Invalid value: -1: must be greater than or equal to 0]',
        reason: 'Invalid',
        details: {
          name: 'nightly',
          group: 'batch.example.com',
          kind: 'CronJob',
          causes: [
            { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.schedule' },
            {
              reason: 'FieldValueInvalid',
              message: 'Invalid value: -1: must be greater than or equal to 0',
              field: 'spec.replicas',
            },
          ],
        },
        code: 422,
      },
    });
  });

  test('UPDATE passes the old object; a valid object is allowed', async () => {
    const old = cronJob({ schedule: '@daily' });
    const denied = await handleAdmissionReview(
      review('UPDATE', cronJob({ schedule: '@hourly' }), old),
      validator,
    );
    expect(denied.response?.status?.message).toBe(
      'CronJob.batch.example.com "nightly" is invalid: spec.schedule: Invalid value: "@hourly": field is immutable',
    );
    const allowed = await handleAdmissionReview(review('UPDATE', old, old), validator);
    expect(allowed.response).toEqual({
      uid: '705ab4f5-6393-11e8-b7cc-42010a800002',
      allowed: true,
    });
  });

  test('DELETE is allowed unless the handler has validateDelete', async () => {
    const doomed = cronJob({});
    expect(
      (await handleAdmissionReview(review('DELETE', undefined, doomed), validator)).response
        ?.allowed,
    ).toBe(true);
    const guarded = {
      ...validator,
      validateDelete: (old: CronJob) => [
        invalid('metadata.name', old.metadata?.name, 'is protected'),
      ],
    };
    const answer = await handleAdmissionReview(review('DELETE', undefined, doomed), guarded);
    expect(answer.response?.allowed).toBe(false);
    expect(answer.response?.status?.details?.causes?.[0].field).toBe('metadata.name');
  });
});

describe('handleAdmissionReview, bad input', () => {
  test('a body that is not a v1 AdmissionReview with a request gets a 400, not an exception', async () => {
    const bad = [
      null,
      { kind: 'Pod', apiVersion: 'v1' },
      { kind: 'AdmissionReview', apiVersion: 'admission.k8s.io/v1' },
    ];
    for (const body of bad) {
      const answer = await handleAdmissionReview(body as unknown as AdmissionReview<CronJob>, {
        mutate() {},
      });
      expect(answer.response).toMatchObject({
        uid: '',
        allowed: false,
        status: { code: 400, reason: 'BadRequest' },
      });
    }
  });

  test('a handler that throws gets a 500 with its message', async () => {
    const answer = await handleAdmissionReview(review('CREATE', cronJob({})), {
      mutate() {
        throw new Error('no quota');
      },
    });
    expect(answer.response).toMatchObject({
      allowed: false,
      status: { code: 500, message: 'no quota' },
    });
  });

  test('a v1beta1 review is answered in v1beta1', async () => {
    const answer = await handleAdmissionReview(
      { ...review('CREATE', cronJob({})), apiVersion: 'admission.k8s.io/v1beta1' },
      { mutate() {} },
    );
    expect(answer.apiVersion).toBe('admission.k8s.io/v1beta1');
  });
});

describe('createJsonPatch', () => {
  test('escapes ~ and / in member names and removes array tails from the end', () => {
    expect(createJsonPatch({ 'a/b': 1, 'c~d': [1, 2, 3] }, { 'a/b': 2, 'c~d': [1] })).toEqual<
      JsonPatchOperation[]
    >([
      { op: 'replace', path: '/a~1b', value: 2 },
      { op: 'remove', path: '/c~0d/2' },
      { op: 'remove', path: '/c~0d/1' },
    ]);
  });

  const key = fc
    .string({ maxLength: 4 })
    .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
  const json = fc.letrec<{ value: JSONValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom<JSONValue>(null, true, false, 0, 1, 'a', '', '~/'),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    ),
  })).value;

  test('property: applying the patch to before gives after (checked with fast-json-patch)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(key, json, { maxKeys: 5 }),
        fc.dictionary(key, json, { maxKeys: 5 }),
        (before, after) => {
          const patch = createJsonPatch(before, after);
          const result = applyPatch(
            structuredClone(before),
            patch as Operation[],
            true,
            false,
          ).newDocument;
          expect(result).toEqual(after);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('property: equal documents give an empty patch', () => {
    fc.assert(
      fc.property(json, (value) =>
        expect(createJsonPatch(value, structuredClone(value))).toEqual([]),
      ),
    );
  });
});

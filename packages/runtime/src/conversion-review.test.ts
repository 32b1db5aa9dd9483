/* handleConversionReview against the demo scheme (Foo in v1beta1, v1 and the internal hub). */
import fc from 'fast-check';
import { handleConversionReview, type ConversionReview } from './conversion-review';
import type { TypeMeta } from './meta-types';
import { Scheme } from './scheme';
import {
  INTERNAL,
  V1,
  V1BETA1,
  registerConversions,
  registrations,
  type Foo,
} from './__tests__/demo-scheme';

function demoScheme(): Scheme {
  const scheme = new Scheme();
  for (const gv of [V1BETA1, V1, INTERNAL]) scheme.addKnownTypes(gv, registrations(gv));
  registerConversions(scheme);
  return scheme;
}

const foo = (version: string, name: string, policy?: string): Foo => ({
  apiVersion: `demo.example.com/${version}`,
  kind: 'Foo',
  metadata: { name },
  spec: { replicas: 1, ...(policy !== undefined ? { policy } : {}) },
});

function review(desiredAPIVersion: string, objects: TypeMeta[], uid = 'uid-1'): ConversionReview {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'ConversionReview',
    request: { uid, desiredAPIVersion, objects },
  };
}

describe('handleConversionReview', () => {
  it('converts every object, in order, to desiredAPIVersion and echoes the uid', () => {
    const out = handleConversionReview(
      demoScheme(),
      review(
        'demo.example.com/v1',
        [foo('v1beta1', 'a', 'Always'), foo('v1', 'b', 'Restart'), foo('v1beta1', 'c')],
        'e5f1',
      ),
    );
    expect(out).toStrictEqual({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'ConversionReview',
      response: {
        uid: 'e5f1',
        convertedObjects: [foo('v1', 'a', 'Restart'), foo('v1', 'b', 'Restart'), foo('v1', 'c')],
        result: { status: 'Success' },
      },
    });
  });

  it('honours desiredAPIVersion the other way', () => {
    const out = handleConversionReview(
      demoScheme(),
      review('demo.example.com/v1beta1', [foo('v1', 'a', 'Restart')]),
    );
    expect(out.response?.convertedObjects).toStrictEqual([foo('v1beta1', 'a', 'Always')]);
    expect(out.response?.result).toEqual({ status: 'Success' });
  });

  it('answers an empty objects list with success and no objects', () => {
    const out = handleConversionReview(demoScheme(), review('demo.example.com/v1', [], 'u0'));
    expect(out.response).toStrictEqual({
      uid: 'u0',
      convertedObjects: [],
      result: { status: 'Success' },
    });
  });

  it('leaves the request objects untouched', () => {
    const objects = [foo('v1beta1', 'a', 'Always')];
    handleConversionReview(demoScheme(), review('demo.example.com/v1', objects));
    expect(objects).toStrictEqual([foo('v1beta1', 'a', 'Always')]);
  });

  it('reports Failure with a message naming the failing object when one of several cannot be converted', () => {
    const bad = {
      apiVersion: 'demo.example.com/v1beta1',
      kind: 'Bar',
      metadata: { name: 'x', namespace: 'ns' },
    };
    const out = handleConversionReview(
      demoScheme(),
      review('demo.example.com/v1', [foo('v1beta1', 'a'), bad, foo('v1beta1', 'c')], 'uid-9'),
    );
    expect(out.apiVersion).toBe('apiextensions.k8s.io/v1');
    expect(out.kind).toBe('ConversionReview');
    expect(out.response?.uid).toBe('uid-9');
    expect(out.response?.convertedObjects).toEqual([]);
    expect(out.response?.result.status).toBe('Failure');
    const message = out.response?.result.message ?? '';
    expect(message).toContain('conversion to demo.example.com/v1 failed');
    expect(message).toContain('object 1 (demo.example.com/v1beta1 Bar ns/x)');
    expect(message).not.toContain('object 0');
  });

  it('reports every failing object, and a reason thrown as a non-Error', () => {
    const scheme = demoScheme();
    scheme.addConversionFunc({ ...V1BETA1, kind: 'Foo' }, { ...V1, kind: 'Foo' }, (src: Foo) => {
      if (src.spec?.policy === 'Explode') throw 'policy Explode cannot be converted';
    });
    const out = handleConversionReview(
      scheme,
      review('demo.example.com/v1', [
        foo('v1beta1', 'a', 'Explode'),
        { kind: 'Foo' },
        foo('v1beta1', 'c'),
      ]),
    );
    const message = out.response?.result.message ?? '';
    expect(out.response?.result.status).toBe('Failure');
    expect(message).toContain(
      'object 0 (demo.example.com/v1beta1 Foo a): policy Explode cannot be converted',
    );
    expect(message).toContain('object 1 (<no apiVersion> Foo)');
  });

  it('reports an object that is null or not an object', () => {
    const out = handleConversionReview(
      demoScheme(),
      review('demo.example.com/v1', [foo('v1beta1', 'a'), null as unknown as TypeMeta]),
    );
    expect(out.response?.result.status).toBe('Failure');
    expect(out.response?.result.message).toContain('object 1 (not an object)');
  });

  it('fails on a desiredAPIVersion the scheme does not serve, and on one it cannot parse', () => {
    const unknown = handleConversionReview(
      demoScheme(),
      review('demo.example.com/v9', [foo('v1beta1', 'a')]),
    );
    expect(unknown.response?.result.status).toBe('Failure');
    expect(unknown.response?.result.message).toContain('demo.example.com/v9');
    const unparsable = handleConversionReview(
      demoScheme(),
      review('a/b/c', [foo('v1beta1', 'a')], 'u2'),
    );
    expect(unparsable.response).toMatchObject({
      uid: 'u2',
      convertedObjects: [],
      result: { status: 'Failure' },
    });
    expect(unparsable.response?.result.message).toContain('a/b/c');
  });

  it.each([
    ['a body that is not an object', 'not a review', '', 'not a ConversionReview object'],
    ['null', null, '', 'not a ConversionReview object'],
    ['no request', { kind: 'ConversionReview' }, '', 'has no request'],
    [
      'no uid',
      { request: { desiredAPIVersion: 'demo.example.com/v1', objects: [] } },
      '',
      'has no uid',
    ],
    [
      'a uid that is not a string',
      { request: { uid: 7, desiredAPIVersion: 'v1', objects: [] } },
      '',
      'has no uid',
    ],
    [
      'no desiredAPIVersion',
      { request: { uid: 'u', objects: [] } },
      'u',
      'has no desiredAPIVersion',
    ],
    [
      'objects not a list',
      { request: { uid: 'u', desiredAPIVersion: 'v1', objects: {} } },
      'u',
      'has no objects list',
    ],
  ])('answers a review with %s with Failure instead of throwing', (_what, body, uid, reason) => {
    const out = handleConversionReview(demoScheme(), body as ConversionReview);
    expect(out).toMatchObject({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'ConversionReview',
      response: { uid, convertedObjects: [], result: { status: 'Failure' } },
    });
    expect(out.response?.result.message).toContain(reason);
  });

  it('never throws, whatever the body or its objects (property)', () => {
    const scheme = demoScheme();
    const objects = fc.array(
      fc.oneof(fc.anything(), fc.constant(foo('v1beta1', 'a')), fc.constant(null)),
      { maxLength: 4 },
    );
    const bodies = fc.oneof(
      fc.anything(),
      fc.record({
        request: fc.record({
          uid: fc.anything(),
          desiredAPIVersion: fc.oneof(fc.constant('demo.example.com/v1'), fc.anything()),
          objects,
        }),
      }),
    );
    fc.assert(
      fc.property(bodies, (body) => {
        const out = handleConversionReview(scheme, body as ConversionReview);
        expect(out.kind).toBe('ConversionReview');
        expect(['Success', 'Failure']).toContain(out.response?.result.status);
      }),
      { numRuns: 300 },
    );
  });
});

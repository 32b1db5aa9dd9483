import fc from 'fast-check';
import { expectNoSharedReferences } from './shared-references';

describe('expectNoSharedReferences', () => {
  it('accepts a structuredClone of any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => expectNoSharedReferences(v, structuredClone(v))));
  });

  it('names the path of a shared nested array', () => {
    const env = [{ name: 'A', value: '1' }];
    const a = { spec: { containers: [{ name: 'app', env }] } };
    const b = { spec: { containers: [{ name: 'app', env }] } };
    expect(() => expectNoSharedReferences(a, b)).toThrow(
      'shared reference at $.spec.containers[0].env: the copy reuses an array',
    );
  });

  it('names both paths when the shared object sits elsewhere in the copy', () => {
    const labels = { app: 'web' };
    expect(() => expectNoSharedReferences({ metadata: { labels } }, { other: labels })).toThrow(
      'shared reference at $.other (the copy) and $.metadata.labels (the original)',
    );
  });

  it('quotes keys that are not identifiers and reports a shared root', () => {
    const inner = {};
    expect(() =>
      expectNoSharedReferences(
        { 'app.kubernetes.io/name': inner },
        { 'app.kubernetes.io/name': inner },
      ),
    ).toThrow('$["app.kubernetes.io/name"]');
    const same = { a: 1 };
    expect(() => expectNoSharedReferences(same, same)).toThrow(
      'shared reference at $: the copy reuses an object',
    );
  });

  it('allows primitives to repeat and finishes on cyclic values', () => {
    const a: Record<string, unknown> = { s: 'x', n: 1 };
    a.self = a;
    const b: Record<string, unknown> = { s: 'x', n: 1 };
    b.self = b;
    expect(() => expectNoSharedReferences(a, b)).not.toThrow();
  });
});

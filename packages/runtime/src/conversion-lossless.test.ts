/* preserveLostFields / restoreLostFields on hand-built hub and spoke objects, and the round trip as a property. */
import fc from 'fast-check';
import {
  CONVERSION_DATA_ANNOTATION,
  preserveLostFields,
  restoreLostFields,
  type LostFields,
} from './conversion-lossless';
import type { ObjectMeta } from './meta-types';

type Obj = { metadata?: ObjectMeta } & Record<string, unknown>;

/** A hub with lost fields at the top, nested in structs, in array items and in map values. */
const WHERE: LostFields = {
  keep: ['phase'],
  fields: {
    spec: { keep: ['paused'], fields: { template: { keep: ['priority'] } } },
    containers: { items: { keep: ['restartPolicy'] } },
    limits: { values: { keep: ['burst'] } },
  },
};

/** What the generated hub → spoke conversion does: the same object without the fields the spoke lacks. */
function withoutLostFields(where: LostFields, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = Array.isArray(value)
    ? ([] as unknown as Record<string, unknown>)
    : {};
  const inner = where.items ?? where.values;
  // defineProperty, as JSON.parse does, so that a `__proto__` key stays an own property.
  const set = (key: string, v: unknown) =>
    Object.defineProperty(out, key, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  for (const [key, v] of Object.entries(value)) {
    if (inner !== undefined) set(key, withoutLostFields(inner, v));
    else if (where.keep?.includes(key)) continue;
    else if (where.fields?.[key] !== undefined) set(key, withoutLostFields(where.fields[key], v));
    else set(key, structuredClone(v));
  }
  return out;
}

/** hub → spoke (with the annotation), as registerConversions wires it. */
function down(hub: Obj): Obj {
  const spoke = withoutLostFields(WHERE, hub) as Obj;
  preserveLostFields(WHERE, hub, spoke);
  return spoke;
}

/** spoke → hub: the spoke's fields are all the hub's, then the saved ones come back. */
function up(spoke: Obj): Obj {
  const hub = structuredClone(spoke);
  restoreLostFields(WHERE, hub);
  return hub;
}

function savedData(obj: Obj): unknown {
  const text = obj.metadata?.annotations?.[CONVERSION_DATA_ANNOTATION];
  return text === undefined ? undefined : JSON.parse(text);
}

describe('preserveLostFields', () => {
  it('saves top-level, nested, array-item and map-value fields under their paths', () => {
    const hub: Obj = {
      metadata: { name: 'a' },
      phase: 'Running',
      spec: { replicas: 2, paused: true, template: { name: 't', priority: 7 } },
      containers: [
        { name: 'c0', restartPolicy: 'Always' },
        { name: 'c1' },
        { name: 'c2', restartPolicy: 'Never' },
      ],
      limits: { cpu: { value: '1', burst: 3 }, memory: { value: '1Gi' } },
    };
    const spoke = down(hub);
    expect(savedData(spoke)).toEqual({
      fields: {
        phase: 'Running',
        spec: { paused: true, template: { priority: 7 } },
        containers: { '0': { restartPolicy: 'Always' }, '2': { restartPolicy: 'Never' } },
        limits: { cpu: { burst: 3 } },
      },
      created: 'annotations',
    });
    expect(spoke.spec).toEqual({ replicas: 2, template: { name: 't' } });
  });

  it('keeps a null value but not an absent one', () => {
    const spoke = down({ metadata: {}, phase: null, spec: { replicas: 1 } });
    expect(savedData(spoke)).toEqual({ fields: { phase: null }, created: 'annotations' });
    expect(up(spoke)).toStrictEqual({ metadata: {}, phase: null, spec: { replicas: 1 } });
  });

  it('writes no annotation, and creates no metadata, when no lost field has a value', () => {
    const hub: Obj = {
      spec: { replicas: 1, template: { name: 't' } },
      containers: [{ name: 'c' }],
      limits: {},
    };
    const spoke = down(hub);
    expect(spoke).toStrictEqual(hub);
    expect('metadata' in spoke).toBe(false);
  });

  it('copies the saved values: changing the hub afterwards does not change the annotation', () => {
    const hub: Obj = { spec: { template: { priority: 1 } }, phase: { nested: ['x'] } };
    const spoke = down(hub);
    (hub.phase as { nested: string[] }).nested.push('y');
    expect(savedData(spoke)).toEqual({
      fields: { phase: { nested: ['x'] }, spec: { template: { priority: 1 } } },
      created: 'metadata',
    });
  });

  it('keeps the annotations already there and replaces a stale conversion-data annotation', () => {
    const hub: Obj = { metadata: { annotations: { owner: 'team-a' } }, phase: 'Ready' };
    const spoke = withoutLostFields(WHERE, hub) as Obj;
    (spoke.metadata as ObjectMeta).annotations = {
      owner: 'team-a',
      [CONVERSION_DATA_ANNOTATION]: '{"fields":{"phase":"Old"}}',
    };
    preserveLostFields(WHERE, hub, spoke);
    expect(spoke.metadata?.annotations?.owner).toBe('team-a');
    expect(savedData(spoke)).toEqual({ fields: { phase: 'Ready' } });
    expect(hub.metadata).toEqual({ annotations: { owner: 'team-a' } });
  });
});

describe('restoreLostFields', () => {
  it('puts every saved field back and removes only the annotation when the annotations were there before', () => {
    const hub: Obj = {
      metadata: { name: 'a', annotations: { owner: 'team-a' } },
      spec: { paused: false, template: { priority: 0 } },
      containers: [{ name: 'c0', restartPolicy: 'OnFailure' }],
      limits: { gpu: { burst: 0 } },
    };
    const back = up(down(hub));
    expect(back).toStrictEqual(hub);
  });

  it('removes the metadata and annotations it created only to hold the annotation', () => {
    const noMetadata = up(down({ phase: 'P' }));
    expect(noMetadata).toStrictEqual({ phase: 'P' });
    const noAnnotations = up(down({ metadata: { name: 'n' }, phase: 'P' }));
    expect(noAnnotations).toStrictEqual({ metadata: { name: 'n' }, phase: 'P' });
  });

  it('keeps a created container that the spoke has since filled with other annotations', () => {
    const spoke = down({ phase: 'P' });
    (spoke.metadata as ObjectMeta).annotations = {
      ...spoke.metadata?.annotations,
      added: 'on the spoke',
    };
    expect(up(spoke)).toStrictEqual({
      phase: 'P',
      metadata: { annotations: { added: 'on the spoke' } },
    });
  });

  it('skips saved values whose container the spoke no longer has', () => {
    const spoke = down({
      spec: { template: { priority: 5 } },
      containers: [
        { name: 'a', restartPolicy: 'Always' },
        { name: 'b', restartPolicy: 'Never' },
      ],
    });
    spoke.containers = [{ name: 'a' }];
    delete (spoke.spec as Record<string, unknown>).template;
    expect(up(spoke)).toStrictEqual({
      spec: {},
      containers: [{ name: 'a', restartPolicy: 'Always' }],
    });
  });

  it('leaves an unreadable annotation where it is', () => {
    for (const text of ['not json', '"a string"', '{"nofields":1}', 'null']) {
      const hub: Obj = { metadata: { annotations: { [CONVERSION_DATA_ANNOTATION]: text } } };
      restoreLostFields(WHERE, hub);
      expect(hub).toStrictEqual({
        metadata: { annotations: { [CONVERSION_DATA_ANNOTATION]: text } },
      });
    }
  });

  it('does nothing to an object without the annotation', () => {
    const hub: Obj = { metadata: { annotations: { a: 'b' } }, spec: { replicas: 1 } };
    restoreLostFields(WHERE, hub);
    expect(hub).toStrictEqual({ metadata: { annotations: { a: 'b' } }, spec: { replicas: 1 } });
    const bare: Obj = { spec: {} };
    restoreLostFields(WHERE, bare);
    expect(bare).toStrictEqual({ spec: {} });
  });

  it('restores a map key named __proto__ as an own property', () => {
    const limits = JSON.parse('{"__proto__":{"value":"1","burst":2}}') as Record<string, unknown>;
    const back = up(down({ limits }));
    expect(Object.keys(back.limits as object)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(back.limits)).not.toHaveProperty('burst');
    expect(Object.getOwnPropertyDescriptor(back.limits, '__proto__')?.value).toEqual({
      value: '1',
      burst: 2,
    });
  });
});

describe('lossless round trip (property)', () => {
  const scalar = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null));
  const metadata = fc.record(
    {
      name: fc.string(),
      annotations: fc.dictionary(
        fc.string().filter((k) => k !== CONVERSION_DATA_ANNOTATION),
        fc.string(),
        { noNullPrototype: true },
      ),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
  const hub = fc.record(
    {
      metadata,
      phase: scalar,
      spec: fc.record(
        {
          replicas: fc.integer(),
          paused: fc.oneof(fc.boolean(), fc.constant(null)),
          template: fc.record(
            { name: fc.string(), priority: fc.integer() },
            { requiredKeys: [], noNullPrototype: true },
          ),
        },
        { requiredKeys: [], noNullPrototype: true },
      ),
      containers: fc.array(
        fc.record(
          { name: fc.string(), restartPolicy: scalar },
          { requiredKeys: ['name'], noNullPrototype: true },
        ),
        {
          maxLength: 4,
        },
      ),
      limits: fc.dictionary(
        fc.string(),
        fc.record(
          { value: fc.string(), burst: fc.integer() },
          { requiredKeys: [], noNullPrototype: true },
        ),
        { noNullPrototype: true },
      ),
    },
    { requiredKeys: [], noNullPrototype: true },
  ) as fc.Arbitrary<Obj>;

  it('hub → spoke → hub gives the hub back, and the spoke has none of the lost fields outside the annotation', () => {
    fc.assert(
      fc.property(hub, (original) => {
        const spoke = down(original);
        expect(withoutLostFields(WHERE, spoke)).toStrictEqual(spoke);
        expect(up(spoke)).toStrictEqual(original);
      }),
      { numRuns: 300 },
    );
  });
});

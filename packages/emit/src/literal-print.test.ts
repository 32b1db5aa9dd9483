import fc from 'fast-check';
import { printDoc } from './doc';
import { printLiteralAssignment, printLiteralProperty } from './literal-print';
import { literalAssignmentDoc, literalPropertyDoc, type LiteralValue } from './value-literal';

// Keys and strings of every length around the break points, quoted keys, and numbers of both signs.
const key = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('a', 'type', 'items', 'x-kubernetes-list-type', 'description', '$ref', 'properties'),
);
const leaf: fc.Arbitrary<LiteralValue> = fc.oneof(
  fc.string({ maxLength: 70 }),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const value = (numberLists: boolean): fc.Arbitrary<LiteralValue> =>
  fc.letrec<{ v: LiteralValue }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('v'), { maxLength: 5 }),
      fc.array(fc.integer({ min: -10, max: 10 }), { maxLength: numberLists ? 30 : 1 }),
      fc.dictionary(key, fc.option(tie('v'), { nil: undefined, freq: 8 }), { maxKeys: 5 }),
    ),
  })).v;

/** Whether `v` holds, at any depth, a list of two or more numbers (all of its defined items). */
function holdsNumberList(v: LiteralValue): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const members = (Array.isArray(v) ? v : Object.values(v)).filter((m) => m !== undefined);
  if (Array.isArray(v) && members.length > 1 && members.every((m) => typeof m === 'number')) return true;
  return members.some(holdsNumberList);
}

describe('printLiteralProperty', () => {
  it('prints exactly what the document engine prints for the same literal, at any indentation', () => {
    fc.assert(
      fc.property(key, value(false), fc.integer({ min: 0, max: 96 }), (k, v, indent) => {
        const direct = printLiteralProperty(k, v, indent);
        if (holdsNumberList(v)) expect(direct).toBeUndefined();
        else expect(direct).toBe(printDoc(literalPropertyDoc(k, v), indent));
      }),
      { numRuns: 3000 },
    );
  });

  it('prints an assignment and what follows it as the document engine does', () => {
    const left = fc.oneof(fc.constantFrom('export const kinds', 'out.x'), fc.string({ minLength: 1, maxLength: 90 }));
    fc.assert(
      fc.property(left, fc.constantFrom(' =', ':'), value(false), fc.constantFrom('', ';', ','), fc.integer({ min: 0, max: 40 }), (l, op, v, after, indent) => {
        const direct = printLiteralAssignment(l, op, v, after, indent);
        if (holdsNumberList(v)) expect(direct).toBeUndefined();
        else expect(direct).toBe(printDoc([literalAssignmentDoc(l, op, v), after], indent));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves lists of several numbers, which prettier fills, to the document engine', () => {
    expect(printLiteralProperty('enum', [1, 2, 3])).toBeUndefined();
    expect(printLiteralProperty('schema', { items: { enum: [1, 2] } })).toBeUndefined();
    expect(printLiteralProperty('enum', [7])).toBe('enum: [7]');
    fc.assert(
      fc.property(key, value(true), (k, v) => {
        const direct = printLiteralProperty(k, v, 4);
        if (direct !== undefined) expect(direct).toBe(printDoc(literalPropertyDoc(k, v), 4));
      }),
      { numRuns: 1000 },
    );
  });

  it('breaks a list of several multi-member objects, and everything around it', () => {
    const text = printLiteralProperty('schema', { list: [{ a: 1, b: 2 }, { a: 3, b: 4 }] });
    expect(text).toBe('schema: {\n  list: [\n    { a: 1, b: 2 },\n    { a: 3, b: 4 },\n  ],\n}');
  });
});

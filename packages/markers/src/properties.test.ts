import fc from 'fast-check';
import { markerCatalogue } from './catalogue';
import { splitComment } from './comments';
import { readCommentMarkers } from './comment-markers';
import { parseMarkerLine } from './marker-line';
import { defaultMarkerRegistry } from './registry';
import type { MarkerTarget, MarkerValue, ValueType } from './types';
import { parseMarkerValue } from './value-parser';

const registry = defaultMarkerRegistry();
const targets: MarkerTarget[] = ['package', 'type', 'field', 'declaration'];
const target = fc.constantFrom(...targets);
const markerChars = fc.constantFrom(...'abcAZ09:=,;{}[]"`\\ -_.+()/*'.split(''));
const markerish = fc.string({ unit: markerChars, maxLength: 60 });

const valueType: fc.Arbitrary<ValueType> = fc.letrec<{ type: ValueType; scalar: ValueType }>(
  (tie) => ({
    scalar: fc.oneof(
      fc.constant<ValueType>({ type: 'string' }),
      fc.constant<ValueType>({ type: 'int' }),
      fc.constant<ValueType>({ type: 'number' }),
      fc.constant<ValueType>({ type: 'bool' }),
      fc.constant<ValueType>({
        type: 'enum',
        values: ['Fail', 'Ignore', 'with space', 'a,b;c}', '3'],
      }),
      fc.constant<ValueType>({ type: 'any' }),
      fc.constant<ValueType>({ type: 'json' }),
      fc.constant<ValueType>({ type: 'json', allowRef: true }),
    ),
    type: fc.oneof(
      { depthSize: 'small' },
      tie('scalar'),
      tie('type').map((of): ValueType => ({ type: 'list', of })),
      tie('type').map((of): ValueType => ({ type: 'map', of })),
    ),
  }),
).type;

describe('properties: never throw, only diagnostics', () => {
  const checkLine = (text: string, where: MarkerTarget): void => {
    const position = { file: 'f.ts', line: 3, column: 7 };
    const result = parseMarkerLine({ text, position }, where, registry);
    for (const d of result.diagnostics) {
      expect(['error', 'warning']).toContain(d.severity);
      expect(d.code).toMatch(/^KG10\d\d$/);
      expect(d.position?.line).toBe(3);
      expect(d.position?.column).toBeGreaterThanOrEqual(7);
      expect(d.position?.column).toBeLessThanOrEqual(7 + text.length);
    }
    if (result.marker) expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  };

  it('parseMarkerLine on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), target, checkLine));
  });

  it('parseMarkerLine on arbitrary +kubebuilder: lines', () => {
    fc.assert(
      fc.property(markerish, target, (rest, where) => checkLine(`+kubebuilder:${rest}`, where)),
    );
  });

  it('parseMarkerLine on registered names followed by arbitrary text', () => {
    const names = markerCatalogue.map((d) => d.name);
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom('', '=', ':', ':=', '= '),
        markerish,
        target,
        (name, sep, rest, where) => checkLine(`+${name}${sep}${rest}`, where),
      ),
    );
  });

  it('parseMarkerValue on arbitrary strings of every type', () => {
    fc.assert(
      fc.property(fc.oneof(markerish, fc.string({ maxLength: 40 })), valueType, (text, type) => {
        const result = parseMarkerValue(text, type);
        expect((result.value === undefined) !== (result.error === undefined)).toBe(true);
        if (result.error !== undefined) {
          expect(result.offset).toBeGreaterThanOrEqual(0);
          expect(result.offset).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });

  it('splitComment and readCommentMarkers on arbitrary comments', () => {
    const comment = fc.array(
      fc.oneof(
        markerish.map((t) => `// +${t}`),
        fc.string({ maxLength: 30 }),
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(comment, target, (lines, where) => {
        const split = splitComment(lines.join('\n'), { file: 'f.ts', line: 1, column: 1 });
        const result = readCommentMarkers(split, where, registry);
        expect(typeof result.doc).toBe('string');
      }),
    );
  });
});

// ---- round trip: a printer for marker syntax, independent of the parser ----

const safeBare = /^[A-Za-z0-9_./-]+(?: [A-Za-z0-9_./-]+)*$/;
const looksGuessable = (s: string): boolean =>
  s === 'true' || s === 'false' || /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(s);

/** Prints a string bare, back-quoted or Go-quoted (JSON escapes are Go escapes). */
function printString(s: string, style: number, guessed: boolean): string {
  if (style === 0 && safeBare.test(s) && !(guessed && looksGuessable(s))) return s;
  if (style === 1 && !s.includes('`')) return `\`${s}\``;
  return JSON.stringify(s);
}

interface Printed {
  value: MarkerValue;
  text: string;
}

const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
const style = fc.nat({ max: 2 });
const shortString = fc.string({ maxLength: 12 });
const bareString = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_./-]{0,8}$/);
const stringValue = fc.oneof(shortString, bareString);

const anyValue: fc.Arbitrary<Printed> = fc.letrec<{ v: Printed }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(stringValue, style).map(([s, st]) => ({ value: s, text: printString(s, st, true) })),
    finite.map((n) => ({ value: n, text: String(n) })),
    fc.boolean().map((b) => ({ value: b, text: String(b) })),
    fc.array(tie('v'), { minLength: 1, maxLength: 4 }).map((items) => ({
      value: items.map((i) => i.value),
      text: `{${items.map((i) => i.text).join(',')}}`,
    })),
    fc
      .uniqueArray(fc.tuple(shortString, tie('v')), { maxLength: 3, selector: ([k]) => k })
      .map((entries) => printMap(entries)),
  ),
})).v;

function printMap(entries: [string, Printed][]): Printed {
  const value: { [key: string]: MarkerValue } = {};
  for (const [k, p] of entries)
    Object.defineProperty(value, k, {
      value: p.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return {
    value,
    text: `{${entries.map(([k, p]) => `${JSON.stringify(k)}: ${p.text}`).join(', ')}}`,
  };
}

const isScalar = (t: ValueType): boolean => !['list', 'map'].includes(t.type);

/** Values of `type` with their marker-syntax text. */
function printed(type: ValueType): fc.Arbitrary<Printed> {
  switch (type.type) {
    case 'string':
      return fc
        .tuple(stringValue, style)
        .map(([s, st]) => ({ value: s, text: printString(s, st, false) }));
    case 'enum':
      return fc
        .tuple(fc.constantFrom(...type.values), style)
        .map(([s, st]) => ({ value: s, text: printString(s, st, false) }));
    case 'int':
      return fc.maxSafeInteger().map((n) => ({ value: n, text: String(n) }));
    case 'number':
      return finite.map((n) => ({ value: n, text: String(n) }));
    case 'bool':
      return fc.boolean().map((b) => ({ value: b, text: String(b) }));
    case 'any':
      return anyValue;
    case 'json':
      return fc.oneof(
        fc.jsonValue({ maxDepth: 2 }).map((v) => {
          const text = JSON.stringify(v);
          return { value: JSON.parse(text) as MarkerValue, text };
        }),
        ...(type.allowRef
          ? [
              fc
                .stringMatching(/^[A-Za-z_][A-Za-z0-9_.]{0,8}$/)
                .map((n) => ({ value: { ref: n }, text: `ref(${n})` })),
            ]
          : []),
      );
    case 'raw':
      return fc
        .string({ minLength: 1, maxLength: 20 })
        .filter((s) => s.trim() !== '' && !/[\r\n]/.test(s))
        .map((s) => ({ value: s.trim(), text: s }));
    case 'list': {
      const of = type.of;
      return fc
        .tuple(fc.array(printed(of), { minLength: 0, maxLength: 4 }), fc.boolean())
        .map(([items, legacy]) => ({
          value: items.map((i) => i.value),
          text:
            // A list starting with `{` is read as a braced list, so the `;` form needs a first item that does not.
            legacy && items.length > 0 && isScalar(of) && !items[0].text.startsWith('{')
              ? items.map((i) => i.text).join(';')
              : `{${items.map((i) => i.text).join(',')}}`,
        }));
    }
    case 'map':
      return fc
        .uniqueArray(fc.tuple(shortString, printed(type.of)), {
          maxLength: 3,
          selector: ([k]) => k,
        })
        .map(printMap);
  }
}

describe('properties: round trip through the printer', () => {
  it('parseMarkerValue(print(v), T) gives v back, for every value type', () => {
    const typed = fc.oneof(valueType, fc.constant<ValueType>({ type: 'raw' }));
    fc.assert(
      fc.property(
        typed.chain((type) => printed(type).map((p) => ({ type, ...p }))),
        ({ type, value, text }) => {
          expect(parseMarkerValue(text, type)).toEqual({ value });
        },
      ),
      { numRuns: 300 },
    );
  });
});

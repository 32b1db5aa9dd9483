import fc from 'fast-check';
import { duplicate, invalid, type FieldError } from './field-errors';
import { isValidFormat } from './formats';
import {
  checkListUniqueness,
  hasUniqueItems,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidLabelValue,
  jsonKey,
  pathText,
  validateAnnotations,
  validateLabels,
  validateObjectMeta,
} from './validation-helpers';

/*
 * The validators answer the valid case by scanning and by comparing pair by pair, and build messages only
 * on failure; these properties hold them to the message functions (apimachinery's regular expressions) and
 * to uniqueness by JSON text, on strings and lists made to sit near every boundary.
 */

const NAME_CHARS = ['a', 'z', '0', '9', 'A', 'Z', '-', '_', '.', '/', ' ', 'é', '\u212a', '\n'];

/** Strings of name-like characters, some long enough to cross the 63 and 253 limits. */
const nameLike = fc.oneof(
  fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 12 }),
  fc.tuple(fc.constantFrom('a', 'a.b', 'A', '-'), fc.integer({ min: 55, max: 260 }), fc.constantFrom('', 'z', '-', '.c', '/x')).map(
    ([head, n, tail]) => head + 'b'.repeat(n) + tail,
  ),
  fc.tuple(fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 8 }), fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 8 })).map(
    ([prefix, name]) => `${prefix}/${name}`,
  ),
);

describe('pathText', () => {
  it('joins field steps, indexes and keys into a field path', () => {
    expect(pathText(['.spec', '.template.spec', '.containers', 2, '.env', 0])).toBe('spec.template.spec.containers[2].env[0]');
    expect(pathText(['.spec', '.limits', '[cpu]'])).toBe('spec.limits[cpu]');
    expect(pathText([])).toBe('');
  });
});

describe('ObjectMeta validation', () => {
  it('reports on label keys and values exactly what isQualifiedName and isValidLabelValue say', () => {
    fc.assert(
      fc.property(nameLike, nameLike, (key, value) => {
        const errs: FieldError[] = [];
        validateLabels({ [key]: value }, 'metadata.labels', errs);
        expect(errs).toEqual([
          ...isQualifiedName(key).map((m) => invalid('metadata.labels', key, m)),
          ...isValidLabelValue(value).map((m) => invalid(`metadata.labels[${key}]`, value, m)),
        ]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports on annotation keys what isQualifiedName says of them lowercased', () => {
    fc.assert(
      fc.property(nameLike, (key) => {
        const errs: FieldError[] = [];
        validateAnnotations({ [key]: 'v' }, 'metadata.annotations', errs);
        expect(errs).toEqual(isQualifiedName(key.toLowerCase()).map((m) => invalid('metadata.annotations', key, m)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reports on names and namespaces what isDNS1123Subdomain and isDNS1123Label say', () => {
    fc.assert(
      fc.property(nameLike.filter((s) => s !== ''), nameLike.filter((s) => s !== ''), fc.boolean(), (name, namespace, asLabel) => {
        const errs: FieldError[] = [];
        validateObjectMeta({ name, namespace }, true, asLabel ? 'label' : 'subdomain', 'metadata', errs);
        expect(errs).toEqual([
          ...(asLabel ? isDNS1123Label(name) : isDNS1123Subdomain(name)).map((m) => invalid('metadata.name', name, m)),
          ...isDNS1123Label(namespace).map((m) => invalid('metadata.namespace', namespace, m)),
        ]);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Uniqueness as the API server defines it: items (or their set key fields) compared by their JSON texts. */
function duplicatesByJsonText(list: readonly unknown[], mapKeys: readonly string[] | undefined, path: string): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  list.forEach((item, i) => {
    if (mapKeys !== undefined && (typeof item !== 'object' || item === null || Array.isArray(item))) return;
    const keyValue = mapKeys === undefined ? item : Object.fromEntries(mapKeys.filter((k) => (item as Record<string, unknown>)[k] !== undefined).map((k) => [k, (item as Record<string, unknown>)[k]]));
    const text = jsonKey(keyValue);
    if (seen.has(text)) out.push(duplicate(`${path}[${i}]`, keyValue));
    else seen.add(text);
  });
  return out;
}

describe('list uniqueness', () => {
  // Few distinct values, so that lists repeat themselves; -0, NaN and objects where === and JSON texts part ways.
  const scalar = fc.constantFrom<unknown>('a', 'b', '1', 1, 0, -0, NaN, Infinity, true, 'true', null, undefined);
  const keyValue = fc.oneof(scalar, fc.constantFrom<unknown>({ x: 1 }, [1], { x: 1, y: undefined }));
  const mapItem = fc.oneof(
    fc.record({ name: keyValue, port: keyValue }, { requiredKeys: [] }),
    fc.constantFrom<unknown>('not an object', null, [1]),
  );

  it('reports the duplicates that comparing JSON texts finds, on set and map lists short and long', () => {
    const cases = fc.oneof(
      fc.record({ list: fc.array(scalar, { maxLength: 24 }), mapKeys: fc.constant(undefined) }),
      fc.record({ list: fc.array(fc.oneof(scalar, keyValue), { maxLength: 24 }), mapKeys: fc.constant(undefined) }),
      fc.record({ list: fc.array(mapItem, { maxLength: 24 }), mapKeys: fc.constantFrom<string[]>(['name'], ['name', 'port'], []) }),
    );
    fc.assert(
      fc.property(cases, ({ list, mapKeys }) => {
        const errs: FieldError[] = [];
        checkListUniqueness(list, mapKeys, 'spec.items', errs);
        const expected = duplicatesByJsonText(list, mapKeys, 'spec.items');
        expect(errs).toEqual(expected);
        expect(hasUniqueItems(list, mapKeys)).toBe(expected.length === 0);
      }),
      { numRuns: 3000 },
    );
  });
});

/** The date-time check as first written: split and convert, then the calendar. */
function referenceDateTime(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(s)) return false;
  const [y, mo, d] = s.slice(0, 10).split('-').map(Number);
  const [h, mi, se] = s.slice(11, 19).split(':').map(Number);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days && h < 24 && mi < 60 && se < 61;
}

describe('date formats', () => {
  const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
  const year = fc.constantFrom('1900', '2000', '2023', '2024', '0000');
  const dateTime = fc
    .tuple(year, twoDigits, twoDigits, fc.constantFrom('T', 't', ' ', 'x'), twoDigits, twoDigits, twoDigits, fc.constantFrom('Z', '.123Z', '+01:00', ''))
    .map(([y, mo, d, sep, h, mi, s, zone]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${zone}`);

  it('accepts exactly the date-times and dates the calendar has', () => {
    fc.assert(
      fc.property(dateTime, (s) => {
        expect(isValidFormat('date-time', s)).toBe(referenceDateTime(s));
        expect(isValidFormat('date', s.slice(0, 10))).toBe(referenceDateTime(`${s.slice(0, 10)}T00:00:00Z`));
      }),
      { numRuns: 3000 },
    );
  });
});

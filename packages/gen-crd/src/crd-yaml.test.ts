import fc from 'fast-check';
import { isScalar, parseDocument } from 'yaml';
import { readsAsOtherType, stringifyCrd, stringifyCrdViaDocument } from './crd-yaml';

// Strings built from the pieces that change how YAML writes a scalar: indicators, `: `, ` #`, quotes, newlines,
// spaces at the ends, control characters, look-alike numbers, booleans and nulls, and long words that fold.
const piece = fc.constantFrom(
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  ': ',
  ' #',
  '#',
  '-',
  '? ',
  ':',
  ',',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  '---',
  '...',
  '\\',
  '\x01',
  '\x7f',
  '\u00a0',
  '\u2028',
  'é',
  '😀',
  'y',
  'no',
  'on',
  'Off',
  'TRUE',
  'null',
  '~',
  '0x1f',
  '012',
  '1e3',
  '.5',
  '-1',
  '+1',
  '2026-01-02',
  '1:20',
  '.inf',
  '<<',
  '0b1',
  '1_000',
  'word',
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit',
  'x'.repeat(90),
);
const yamlishString = fc.oneof(
  fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')),
  fc
    .array(fc.constantFrom('lorem', 'ipsum', 'dolor', 'sit-amet', 'a', 'e.g.'), { maxLength: 40 })
    .map((w) => w.join(' ')),
  fc.string({ unit: 'binary', maxLength: 120 }),
);
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    yamlishString,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(yamlishString, tie('value'), { maxKeys: 4 }),
  ),
}));

describe('stringifyCrd', () => {
  it('writes what the yaml Document path writes, for any JSON object', () => {
    fc.assert(
      fc.property(fc.dictionary(yamlishString, jsonValue.value, { maxKeys: 6 }), (object) => {
        expect(stringifyCrd(object)).toBe(stringifyCrdViaDocument(object));
      }),
      { numRuns: 2000 },
    );
  });

  it('lays out a CRD-shaped object as controller-gen does', () => {
    const yaml = stringifyCrd({
      spec: {
        versions: [{ name: 'v1', served: true, additionalPrinterColumns: [] }],
        description: 'Line one.\nLine two.',
        enum: ['yes', '', 'plain'],
        default: {},
      },
      apiVersion: 'apiextensions.k8s.io/v1',
    });
    expect(yaml).toBe(
      [
        '---',
        'apiVersion: apiextensions.k8s.io/v1',
        'spec:',
        '  default: {}',
        '  description: |-',
        '    Line one.',
        '    Line two.',
        '  enum:',
        '  - "yes"',
        '  - ""',
        '  - plain',
        '  versions:',
        '  - additionalPrinterColumns: []',
        '    name: v1',
        '    served: true',
        '',
      ].join('\n'),
    );
  });
});

describe('readsAsOtherType', () => {
  // The reference: what the yaml package itself reads a plain scalar as. (Texts with spaces at the ends are
  // always quoted, whatever they read as, so they are left out.)
  const parsesAsOtherType = (text: string) => {
    const parsed = parseDocument(text, { version: '1.1' });
    return (
      text === '' ||
      (parsed.errors.length === 0 &&
        isScalar(parsed.contents) &&
        typeof parsed.contents.value !== 'string')
    );
  };

  it('agrees with the yaml parser on short words, numbers and look-alikes', () => {
    const word = fc.stringMatching(/^[A-Za-z~.+\-0-9:_]{0,6}$/);
    fc.assert(
      fc.property(word, (text) => {
        expect(readsAsOtherType(text)).toBe(parsesAsOtherType(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('knows every YAML 1.1 boolean and null word', () => {
    for (const text of ['y', 'Yes', 'ON', 'off', 'No', 'n', 'False', 'TRUE', 'null', 'NULL', '~', 'yes', 'nO']) {
      expect(readsAsOtherType(text)).toBe(parsesAsOtherType(text));
    }
    expect(readsAsOtherType('name')).toBe(false);
    expect(readsAsOtherType('True')).toBe(true);
  });
});

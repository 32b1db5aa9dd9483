import { parseMarkerValue } from './value-parser';
import type { ValueType } from './types';

const str: ValueType = { type: 'string' };
const any: ValueType = { type: 'any' };

describe('parseMarkerValue: scalars', () => {
  it.each([
    ['42', { type: 'int' }, 42],
    ['-7', { type: 'int' }, -7],
    ['1.5', { type: 'number' }, 1.5],
    ['-0.25', { type: 'number' }, -0.25],
    ['3e2', { type: 'number' }, 300],
    ['true', { type: 'bool' }, true],
    ['false', { type: 'bool' }, false],
    ['Cluster', { type: 'enum', values: ['Namespaced', 'Cluster'] }, 'Cluster'],
    ['"Cluster"', { type: 'enum', values: ['Namespaced', 'Cluster'] }, 'Cluster'],
    ['merge,retainKeys', { type: 'raw' }, 'merge,retainKeys'],
  ] as [string, ValueType, unknown][])('%s as %o', (text, type, expected) => {
    expect(parseMarkerValue(text, type)).toEqual({ value: expected });
  });

  it('reads Go-quoted strings with escapes', () => {
    expect(parseMarkerValue('"a\\"b\\n\\t\\\\ \\x41\\u00e9\\U0001F600\\101"', str)).toEqual({
      value: 'a"b\n\t\\ A\u00e9\u{1F600}A',
    });
  });

  it('reads back-quoted raw strings without escapes', () => {
    expect(parseMarkerValue('`^[a-z]{2}\\d$`', str)).toEqual({ value: '^[a-z]{2}\\d$' });
  });

  it('reads bare strings up to , ; or }, trimmed', () => {
    expect(parseMarkerValue('demo.example.com ', str)).toEqual({ value: 'demo.example.com' });
    expect(parseMarkerValue('a,b', str)).toMatchObject({
      error: expect.stringContaining('unexpected `,b`'),
      offset: 1,
    });
  });
});

describe('parseMarkerValue: lists and maps', () => {
  const strings: ValueType = { type: 'list', of: str };
  it('reads legacy `;` lists and braced lists', () => {
    expect(parseMarkerValue('get;list;watch', strings)).toEqual({
      value: ['get', 'list', 'watch'],
    });
    expect(parseMarkerValue('{get, list,"watch"}', strings)).toEqual({
      value: ['get', 'list', 'watch'],
    });
    expect(parseMarkerValue('{}', strings)).toEqual({ value: [] });
    expect(parseMarkerValue('only', strings)).toEqual({ value: ['only'] });
  });

  it('reads lists of lists and typed elements', () => {
    const nested: ValueType = { type: 'list', of: { type: 'list', of: { type: 'int' } } };
    expect(parseMarkerValue('{{1,2},{3}}', nested)).toEqual({ value: [[1, 2], [3]] });
    expect(parseMarkerValue('1;2', nested)).toEqual({ value: [[1, 2]] });
    expect(parseMarkerValue('1;x', { type: 'list', of: { type: 'int' } })).toMatchObject({
      offset: 2,
    });
  });

  it('reads maps with bare or quoted keys', () => {
    const ints: ValueType = { type: 'map', of: { type: 'int' } };
    expect(parseMarkerValue('{a: 1, "b c": 2}', ints)).toEqual({ value: { a: 1, 'b c': 2 } });
    expect(parseMarkerValue('{}', ints)).toEqual({ value: {} });
    expect(parseMarkerValue('{a: 1, a: 2}', ints)).toMatchObject({
      error: expect.stringContaining('given twice'),
    });
  });

  it('keeps __proto__ as a plain key', () => {
    const result = parseMarkerValue('{__proto__: 1}', { type: 'map', of: any });
    expect(Object.keys(result.value as object)).toEqual(['__proto__']);
  });
});

describe('parseMarkerValue: any (guessed as controller-gen guesses)', () => {
  it.each([
    ['"42"', '42'],
    ['42', 42],
    ['-1.5', -1.5],
    ['100Mi', '100Mi'],
    ['2024-01-15', '2024-01-15'],
    ['true', true],
    ['forty-two', 'forty-two'],
    ['{a,b}', ['a', 'b']],
    ['{key: "v", n: 1}', { key: 'v', n: 1 }],
    ['{}', {}],
    ['{{1,2},{a: b}}', [[1, 2], { a: 'b' }]],
    ['a;b;3', ['a', 'b', 3]],
  ])('%s', (text, expected) => {
    expect(parseMarkerValue(text, any)).toEqual({ value: expected });
  });
});

describe('parseMarkerValue: json', () => {
  const json: ValueType = { type: 'json' };
  it.each([
    ['"TCP"', 'TCP'],
    ['0', 0],
    ['[1,2]', [1, 2]],
    ['{"a":1,"b":[true,null]}', { a: 1, b: [true, null] }],
    [' -1.5e3 ', -1500],
  ])('%s', (text, expected) => {
    expect(parseMarkerValue(text, json)).toEqual({ value: expected });
  });

  it('refuses what is not strict JSON', () => {
    expect(parseMarkerValue('TCP', json)).toMatchObject({
      error: expect.stringContaining('expected JSON'),
      offset: 0,
    });
    expect(parseMarkerValue("{'a':1}", json)).toMatchObject({ offset: 1 });
    expect(parseMarkerValue('[1,2', json)).toMatchObject({
      error: expect.stringContaining('unterminated'),
      offset: 0,
    });
    expect(parseMarkerValue('ref(Foo)', json)).toMatchObject({ offset: 0 });
  });

  it('reads ref(Name) only with allowRef', () => {
    const withRef: ValueType = { type: 'json', allowRef: true };
    expect(parseMarkerValue('ref(DefaultPort)', withRef)).toEqual({
      value: { ref: 'DefaultPort' },
    });
    expect(parseMarkerValue('ref(k8s.io/api/core/v1.Protocol)', withRef)).toEqual({
      value: { ref: 'k8s.io/api/core/v1.Protocol' },
    });
    expect(parseMarkerValue('ref()', withRef)).toMatchObject({ offset: 4 });
  });
});

describe('parseMarkerValue: errors name the offending character', () => {
  it.each([
    ['abc', { type: 'int' }, 0, 'expected an integer'],
    ['1.5', { type: 'int' }, 0, 'expected an integer'],
    ['12abc', { type: 'number' }, 0, 'expected a number'],
    ['yes', { type: 'bool' }, 0, 'expected true or false'],
    [
      'Global',
      { type: 'enum', values: ['Namespaced', 'Cluster'] },
      0,
      'write one of Namespaced, Cluster',
    ],
    ['"abc', str, 0, 'unterminated string'],
    ['`abc', str, 0, 'unterminated raw string'],
    ['"a\\qb"', str, 2, 'invalid escape'],
    ['{a,b', any, 0, 'unterminated `{`'],
    ['{a: 1', any, 0, 'unterminated `{`'],
    ['1 2', { type: 'int' }, 0, 'expected an integer'],
    ['"a" b', str, 4, 'unexpected `b`'],
    ['', str, 0, 'expected a string'],
    ['{1 2}', { type: 'list', of: { type: 'int' } }, 1, 'expected an integer'],
    ['[1 2]', { type: 'json' }, 3, 'expected `,` or `]`'],
  ] as [string, ValueType, number, string][])('%s', (text, type, offset, message) => {
    const result = parseMarkerValue(text, type);
    expect(result.value).toBeUndefined();
    expect(result.offset).toBe(offset);
    expect(result.error).toContain(message);
  });
});

import { fieldPath } from './field-path';
import {
  aggregateErrorString,
  duplicate,
  errorString,
  forbidden,
  internalError,
  invalid,
  notFound,
  notSupported,
  required,
  tooLong,
  tooMany,
  typeInvalid,
} from './field-errors';
import { goNumber, goQuote } from './go-format';

describe('FieldPath', () => {
  it('prints children with dots, indexes and keys in brackets, as field.Path', () => {
    expect(String(fieldPath('spec').child('containers').index(2).key('app'))).toBe(
      'spec.containers[2][app]',
    );
    expect(fieldPath('spec', 'template', 'metadata').toString()).toBe('spec.template.metadata');
    expect(fieldPath('metadata').child('labels').key('app.kubernetes.io/name').toString()).toBe(
      'metadata.labels[app.kubernetes.io/name]',
    );
    expect(fieldPath('spec').index(0).child('name', 'first').toString()).toBe('spec[0].name.first');
  });

  it('is immutable: extending a path leaves it and its siblings unchanged', () => {
    const spec = fieldPath('spec');
    const a = spec.child('a');
    const b = spec.child('b');
    expect([spec.toString(), a.toString(), b.toString()]).toEqual(['spec', 'spec.a', 'spec.b']);
  });

  it('returns the root step', () => {
    expect(fieldPath('spec').child('x').index(1).root().toString()).toBe('spec');
  });
});

describe('field errors print as Go field.Error.Error()', () => {
  it.each([
    [
      invalid(fieldPath('spec', 'replicas'), -1, 'must be greater than or equal to 0'),
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    ],
    [required(fieldPath('metadata', 'name'), ''), 'metadata.name: Required value'],
    [
      required('metadata.name', 'name or generateName is required'),
      'metadata.name: Required value: name or generateName is required',
    ],
    [
      invalid('metadata.name', 'Foo_1', 'a lowercase RFC 1123 subdomain'),
      'metadata.name: Invalid value: "Foo_1": a lowercase RFC 1123 subdomain',
    ],
    [
      invalid('spec.paused', true, 'cannot pause'),
      'spec.paused: Invalid value: true: cannot pause',
    ],
    [invalid('spec.x', null, 'must be set'), 'spec.x: Invalid value: "null": must be set'],
    [invalid('spec.ratio', 1.5, ''), 'spec.ratio: Invalid value: 1.5'],
    [invalid('spec.obj', { a: 1 }, 'bad'), 'spec.obj: Invalid value: {"a":1}: bad'],
    [
      notSupported('spec.policy', 'Sometimes', ['Always', 'Never']),
      'spec.policy: Unsupported value: "Sometimes": supported values: "Always", "Never"',
    ],
    [notSupported('spec.policy', 'x', []), 'spec.policy: Unsupported value: "x"'],
    [tooLong('metadata.name', 'aaaa', 3), 'metadata.name: Too long: may not be more than 3 bytes'],
    [tooLong('metadata.name', 'aa', 1), 'metadata.name: Too long: may not be more than 1 byte'],
    [tooLong('metadata.name', 'aa', -1), 'metadata.name: Too long: value is too long'],
    [tooMany('spec.items', 5, 3), 'spec.items: Too many: 5: must have at most 3 items'],
    [tooMany('spec.items', -1, 1), 'spec.items: Too many: must have at most 1 item'],
    [tooMany('spec.items', 2, -1), 'spec.items: Too many: 2: has too many items'],
    [
      duplicate(fieldPath('spec', 'ports').index(1).child('name'), 'http'),
      'spec.ports[1].name: Duplicate value: "http"',
    ],
    [
      forbidden('spec.nodeName', 'may not be set on create'),
      'spec.nodeName: Forbidden: may not be set on create',
    ],
    [notFound('spec.secretRef', 'creds'), 'spec.secretRef: Not found: "creds"'],
    [
      typeInvalid('spec.replicas', 'three', 'must be of type integer'),
      'spec.replicas: Invalid value: "three": must be of type integer',
    ],
    [internalError('spec', new Error('boom')), 'spec: Internal error: boom'],
  ])('%#', (error, text) => {
    expect(errorString(error)).toBe(text);
  });

  it('shapes errors like field.Error, leaving badValue absent where Go never prints it', () => {
    expect(invalid('a', 0, 'd')).toStrictEqual({
      type: 'FieldValueInvalid',
      field: 'a',
      badValue: 0,
      detail: 'd',
    });
    expect(required('a')).toStrictEqual({ type: 'FieldValueRequired', field: 'a', detail: '' });
    expect(tooMany('a', -1, 2)).toStrictEqual({
      type: 'FieldValueTooMany',
      field: 'a',
      detail: 'must have at most 2 items',
    });
  });

  it('aggregates as ErrorList.ToAggregate(): one alone, several de-duplicated in brackets', () => {
    const a = required('a');
    const b = forbidden('b', 'no');
    expect(aggregateErrorString([])).toBe('');
    expect(aggregateErrorString([a])).toBe('a: Required value');
    expect(aggregateErrorString([a, b, a])).toBe('[a: Required value, b: Forbidden: no]');
  });
});

describe('Go value formatting', () => {
  it('quotes strings as strconv.Quote', () => {
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goQuote('tab\tnl\n\x00\x7f')).toBe('"tab\\tnl\\n\\x00\\x7f"');
    expect(goQuote('héllo 世界')).toBe('"héllo 世界"');
    expect(goQuote('zero\u200bwidth')).toBe('"zero\\u200bwidth"');
  });

  it('prints numbers as %v of a float64', () => {
    expect(goNumber(-1)).toBe('-1');
    expect(goNumber(0.5)).toBe('0.5');
    expect(goNumber(0.0001)).toBe('0.0001');
    expect(goNumber(0.00001)).toBe('1e-05');
    expect(goNumber(1e21)).toBe('1e+21');
    expect(goNumber(123456789012)).toBe('123456789012');
    expect(goNumber(Infinity)).toBe('+Inf');
  });
});

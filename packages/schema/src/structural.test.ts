import { checkStructuralSchema, type StructuralViolation } from './structural';
import type { JSONSchemaProps } from './types';

const root = (spec: JSONSchemaProps): JSONSchemaProps => ({ properties: { spec }, type: 'object' });
const messages = (v: StructuralViolation[]) => v.map((x) => `${x.code} ${x.path}: ${x.message}`);
const check = (spec: JSONSchemaProps, options = {}) =>
  messages(checkStructuralSchema(root(spec), options));

test('a well-formed schema has no violations', () => {
  expect(
    check({
      properties: {
        a: { type: 'string', default: 'x', maxLength: 3 },
        b: {
          items: { properties: { k: { type: 'string' } }, required: ['k'], type: 'object' },
          type: 'array',
          'x-kubernetes-list-map-keys': ['k'],
          'x-kubernetes-list-type': 'map',
        },
        c: { anyOf: [{ type: 'integer' }, { type: 'string' }], 'x-kubernetes-int-or-string': true },
      },
      type: 'object',
    }),
  ).toEqual([]);
});

test('rule 1: a node with fields needs a type; the root must be an object', () => {
  expect(check({ properties: { a: { type: 'string' } } })).toEqual([
    'KG4009 .spec: type must not be empty for specified object fields or array items',
  ]);
  expect(messages(checkStructuralSchema({ type: 'string' }))).toEqual([
    'KG4009 .: the root schema must be of type object',
  ]);
});

test('rule 2: arrays need items, $ref is forbidden', () => {
  expect(check({ type: 'array' })).toEqual(['KG4009 .spec: an array must have items']);
  expect(check({ $ref: '#/definitions/X' })).toEqual([
    'KG4009 .spec: $ref is forbidden in CRD schemas',
  ]);
});

test('rule 3: value validations may not hold type, description, default, x-kubernetes-*; properties must be declared outside', () => {
  expect(check({ allOf: [{ type: 'string', description: 'd' }], type: 'string' })).toEqual([
    'KG4009 .spec: type is forbidden inside allOf',
    'KG4009 .spec: description is forbidden inside allOf',
  ]);
  expect(
    check({
      anyOf: [{ 'x-kubernetes-list-type': 'set' }],
      type: 'array',
      items: { type: 'string' },
    }),
  ).toEqual(['KG4009 .spec: x-kubernetes-list-type is forbidden inside anyOf']);
  expect(
    check({
      not: { properties: { z: {} } },
      properties: { a: { type: 'string' } },
      type: 'object',
    }),
  ).toEqual(['KG4009 .spec: not mentions property z that the schema does not declare']);
});

test('rule 4: properties and additionalProperties exclude each other; no additionalProperties at the root', () => {
  expect(
    check({
      additionalProperties: { type: 'string' },
      properties: { a: { type: 'string' } },
      type: 'object',
    }),
  ).toEqual(['KG4009 .spec: properties and additionalProperties are mutually exclusive']);
  expect(
    messages(checkStructuralSchema({ additionalProperties: { type: 'string' }, type: 'object' })),
  ).toEqual(['KG4009 .: additionalProperties is forbidden at the root']);
});

test('rule 5: int-or-string may not be preserve-unknown-fields or an embedded resource', () => {
  expect(
    check({ 'x-kubernetes-int-or-string': true, 'x-kubernetes-preserve-unknown-fields': true }),
  ).toEqual([
    'KG4009 .spec: x-kubernetes-int-or-string may not be combined with x-kubernetes-preserve-unknown-fields or x-kubernetes-embedded-resource',
  ]);
});

test('rule 6: an embedded resource is an object with preserve-unknown-fields or properties', () => {
  expect(check({ type: 'string', 'x-kubernetes-embedded-resource': true })).toEqual([
    'KG4009 .spec: x-kubernetes-embedded-resource requires type object',
  ]);
  expect(check({ type: 'object', 'x-kubernetes-embedded-resource': true })).toEqual([
    'KG4009 .spec: x-kubernetes-embedded-resource requires x-kubernetes-preserve-unknown-fields or properties',
  ]);
});

test('rule 7: root metadata may only restrict name and generateName', () => {
  const schema: JSONSchemaProps = {
    properties: { metadata: { properties: { labels: { type: 'object' } }, type: 'object' } },
    type: 'object',
  };
  expect(messages(checkStructuralSchema(schema))).toEqual([
    'KG4009 .metadata: root metadata may only restrict name and generateName, not labels',
  ]);
});

test('rule 8: list and map types', () => {
  expect(check({ type: 'string', 'x-kubernetes-list-type': 'set' })).toEqual([
    'KG4009 .spec: x-kubernetes-list-type requires type array',
  ]);
  expect(
    check({
      items: { type: 'string' },
      type: 'array',
      'x-kubernetes-list-type': 'map',
      'x-kubernetes-list-map-keys': ['k'],
    }),
  ).toEqual(['KG4008 .spec: listType=map needs object items, found string']);
  expect(
    check({
      items: {
        properties: { k: { type: 'string', nullable: true } },
        required: ['k'],
        type: 'object',
      },
      type: 'array',
      'x-kubernetes-list-type': 'map',
      'x-kubernetes-list-map-keys': ['k'],
    }),
  ).toEqual(['KG4007 .spec: listMapKey k is nullable']);
  expect(
    check({
      items: { properties: { k: { type: 'string' } }, type: 'object' },
      type: 'array',
      'x-kubernetes-list-type': 'set',
    }),
  ).toEqual(['KG4009 .spec: the items of a listType=set array must be scalars or atomic']);
  expect(
    check({
      items: { type: 'string', nullable: true },
      type: 'array',
      'x-kubernetes-list-type': 'set',
    }),
  ).toEqual(['KG4009 .spec: the items of a listType=set array may not be nullable']);
  expect(check({ type: 'string', 'x-kubernetes-map-type': 'atomic' })).toEqual([
    'KG4009 .spec: x-kubernetes-map-type requires type object',
  ]);
});

test('rule 9: defaults are valid against their schema and pruned', () => {
  expect(
    check({ default: { a: 1, b: 2 }, properties: { a: { type: 'integer' } }, type: 'object' }),
  ).toEqual([
    'KG4005 .spec: the default {"a":1,"b":2} is not valid against its own schema: .b: unknown field (it would be pruned)',
  ]);
  expect(check({ default: 5, maximum: 3, type: 'integer' })).toEqual([
    'KG4005 .spec: the default 5 is not valid against its own schema: <value>: 5 is above the maximum 3',
  ]);
});

test('rule 10: validation rules have a non-blank one-line message and a fieldPath into the schema', () => {
  expect(
    check({
      properties: { a: { type: 'string' } },
      type: 'object',
      'x-kubernetes-validations': [
        { rule: 'true', message: 'two\nlines' },
        { rule: 'true', messageExpression: ' ' },
        { rule: 'true', fieldPath: '.b' },
        { rule: 'true', fieldPath: '.a' },
        { rule: '' },
      ],
    }),
  ).toEqual([
    'KG4009 .spec: the message of rule "true" must be non-blank and on one line',
    'KG4009 .spec: the messageExpression of rule "true" is blank',
    'KG4009 .spec: fieldPath ".b" of rule "true" is not a path into this schema',
    'KG4009 .spec: an x-kubernetes-validations rule is empty',
  ]);
});

test('rule 11: with the status subresource the root keeps to its keyword list; uniqueItems: true is refused everywhere', () => {
  const schema: JSONSchemaProps = {
    properties: {},
    type: 'object',
    'x-kubernetes-map-type': 'granular',
  };
  expect(messages(checkStructuralSchema(schema, { statusSubresource: true }))).toEqual([
    'KG4009 .: with the status subresource the root schema may not use x-kubernetes-map-type',
  ]);
  expect(messages(checkStructuralSchema(schema))).toEqual([]);
  expect(check({ items: { type: 'string' }, type: 'array', uniqueItems: true })).toEqual([
    'KG4009 .spec: uniqueItems: true is rejected by the API server (its cost is quadratic)',
  ]);
});

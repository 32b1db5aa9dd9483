import { typeErrors, loadModule, withGenerated } from '../../emit/src/__tests__/compile';
import { listTypesGenerator } from '@kubegen/gen-register';
import type { FieldError } from '@kubegen/runtime';
import { validationGenerator } from './generator';
import { PKG, validWidget, widgetModel } from './__tests__/widget-model';

type Validate = (obj: unknown) => FieldError[];
type ValidateUpdate = (obj: unknown, old: unknown) => FieldError[];

const TYPES = `import type { ObjectMeta, TypeMeta, int32, float64, IntOrString, Quantity, Time } from '@kubegen/runtime';
export interface Widget extends TypeMeta { metadata?: ObjectMeta; spec?: WidgetSpec }
export interface Port { name: string; port?: int32 }
export interface Limits { min: int32; max: int32 }
export interface WidgetSpec {
  replicas?: int32; ratio?: float64; step?: int32; name: string; mode?: string; policy?: 'Always' | 'Never';
  email?: string; tags?: string[]; labels?: Record<string, string>; maybe?: string | null; port?: IntOrString;
  memory?: Quantity; since?: Time; ports?: Port[]; limits?: Limits; immutable?: string; counter?: int32;
  inline?: { deep: int32 };
}
`;

function generate() {
  const model = widgetModel().build();
  const result = validationGenerator.generate(model, {});
  const lists = listTypesGenerator.generate(model, {});
  const files = withGenerated({ [`${PKG}/types.ts`]: TYPES }, [...result.files, ...lists.files]);
  return { result, files };
}

const { result, files } = generate();
const mod = () => loadModule(files, `${PKG}/zz_generated.validation.ts`);
const validate = (obj: unknown) => (mod().validateWidget as Validate)(obj);
const validateUpdate = (obj: unknown, old: unknown) => (mod().validateWidgetUpdate as ValidateUpdate)(obj, old);

function withSpec(patch: Record<string, unknown>): Record<string, unknown> {
  const w = validWidget();
  return { ...w, spec: { ...(w.spec as object), ...patch } };
}

describe('validationGenerator on the Widget model', () => {
  it('generates one file without diagnostics, which type-checks under strict with the ES library only', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual([`${PKG}/zz_generated.validation.ts`]);
    expect(typeErrors(files)).toEqual([]);
  });

  it('accepts a valid Widget', () => {
    expect(validate(validWidget())).toEqual([]);
  });

  // One failing value per marker: the error type and field path.
  it.each([
    ['Minimum', { replicas: -1 }, 'FieldValueInvalid', 'spec.replicas'],
    ['Maximum', { replicas: 11 }, 'FieldValueInvalid', 'spec.replicas'],
    ['ExclusiveMinimum', { ratio: 0 }, 'FieldValueInvalid', 'spec.ratio'],
    ['ExclusiveMaximum', { ratio: 1 }, 'FieldValueInvalid', 'spec.ratio'],
    ['MultipleOf', { step: 7 }, 'FieldValueInvalid', 'spec.step'],
    ['MinLength', { name: 'a' }, 'FieldValueInvalid', 'spec.name'],
    ['MaxLength', { name: 'abcdefghi' }, 'FieldValueTooLong', 'spec.name'],
    ['Pattern', { name: 'ABC' }, 'FieldValueInvalid', 'spec.name'],
    ['Enum', { mode: 'Medium' }, 'FieldValueNotSupported', 'spec.mode'],
    ['enum type', { policy: 'Sometimes', mode: undefined }, 'FieldValueNotSupported', 'spec.policy'],
    ['Format', { email: 'nope' }, 'FieldValueTypeInvalid', 'spec.email'],
    ['MinItems', { tags: [] }, 'FieldValueInvalid', 'spec.tags'],
    ['MaxItems', { tags: ['a', 'b', 'c', 'd'] }, 'FieldValueTooMany', 'spec.tags'],
    ['items:MaxLength', { tags: ['a', 'toolong'] }, 'FieldValueTooLong', 'spec.tags[1]'],
    ['listType=set', { tags: ['a', 'a'] }, 'FieldValueDuplicate', 'spec.tags[1]'],
    ['listType=map', { ports: [{ name: 'x' }, { name: 'x', port: 2 }] }, 'FieldValueDuplicate', 'spec.ports[1]'],
    ['MinProperties', { labels: {} }, 'FieldValueInvalid', 'spec.labels'],
    ['MaxProperties', { labels: { a: '1', b: '2', c: '3' } }, 'FieldValueTooMany', 'spec.labels'],
    ['not nullable', { name: null }, 'FieldValueTypeInvalid', 'spec.name'],
    ['required', { name: undefined }, 'FieldValueRequired', 'spec.name'],
    ['required in an inline struct', { inline: {} }, 'FieldValueRequired', 'spec.inline.deep'],
    ['int-or-string', { port: 1.5 }, 'FieldValueTypeInvalid', 'spec.port'],
    ['quantity', { memory: '12 apples' }, 'FieldValueInvalid', 'spec.memory'],
    ['date-time', { since: 'yesterday' }, 'FieldValueTypeInvalid', 'spec.since'],
    ['type of a list item field', { ports: [{ name: 'a', port: 'x' }] }, 'FieldValueTypeInvalid', 'spec.ports[0].port'],
    ['XValidation', { limits: { min: 3, max: 2 } }, 'FieldValueInvalid', 'spec.limits'],
    ['AtMostOneOf', { policy: 'Always' }, 'FieldValueInvalid', 'spec'],
  ])('%s: a failing value is reported with its type and path', (_marker, patch, type, path) => {
    const errors = validate(withSpec(patch));
    expect(errors.map((e) => [e.type, e.field])).toEqual([[type, path]]);
  });

  it('reports the CEL rule message and the schema type as bad value, as the API server', () => {
    const [e] = validate(withSpec({ limits: { min: 3, max: 2 } }));
    expect(e).toEqual({ type: 'FieldValueInvalid', field: 'spec.limits', badValue: 'object', detail: 'min must not exceed max' });
  });

  it('returns all errors of an object, not the first', () => {
    const errors = validate(withSpec({ replicas: -1, name: 'AB', tags: ['a', 'a'] }));
    expect(errors.map((e) => e.field).sort()).toEqual(['spec.name', 'spec.replicas', 'spec.tags[1]']);
  });

  it('validates ObjectMeta: name syntax, namespace, labels', () => {
    const w = validWidget();
    const errors = validate({ ...w, metadata: { name: 'Bad_Name', labels: { 'a/b/c': 'x', ok: '-bad' } } });
    expect(errors.map((e) => [e.type, e.field])).toEqual([
      ['FieldValueInvalid', 'metadata.name'],
      ['FieldValueRequired', 'metadata.namespace'],
      ['FieldValueInvalid', 'metadata.labels'],
      ['FieldValueInvalid', 'metadata.labels[ok]'],
    ]);
    expect(validate({ ...w, metadata: { namespace: 'x' } })).toEqual([
      { type: 'FieldValueRequired', field: 'metadata.name', detail: 'name or generateName is required' },
    ]);
    expect(validate({ ...w, metadata: { generateName: 'w-', namespace: 'x' } })).toEqual([]);
  });

  it('runs transition rules and immutability only on update', () => {
    const old = withSpec({ counter: 5 });
    expect(validate(withSpec({ counter: 1 }))).toEqual([]);
    expect(validateUpdate(withSpec({ counter: 1 }), old)).toEqual([
      { type: 'FieldValueForbidden', field: 'spec.counter', detail: 'counter may not decrease' },
    ]);
    expect(validateUpdate(withSpec({ immutable: 'changed', counter: 5 }), old).map((e) => [e.field, e.detail])).toEqual([
      ['spec.immutable', 'field is immutable'],
    ]);
    expect(validateUpdate(withSpec({ immutable: undefined, counter: 5 }), old).map((e) => [e.field, e.detail])).toEqual([
      ['spec', 'field immutable is immutable once set'],
    ]);
    const renamed = { ...old, metadata: { name: 'other', namespace: 'default' } };
    expect(validateUpdate(renamed, old).map((e) => [e.field, e.detail])).toEqual([['metadata.name', 'field is immutable']]);
  });

  it('matches the items of a listType=map list with the old items by key for transition rules', () => {
    const old = withSpec({ ports: [{ name: 'http', port: 80 }, { name: 'grpc', port: 90 }] });
    // Reordered, and grpc lowered: the rule sees grpc's old item, not the one at the same index.
    expect(validateUpdate(withSpec({ ports: [{ name: 'grpc', port: 85 }, { name: 'http', port: 80 }] }), old)).toEqual([
      { type: 'FieldValueInvalid', field: 'spec.ports[0].port', badValue: 'integer', detail: 'port may not decrease' },
    ]);
    expect(validateUpdate(withSpec({ ports: [{ name: 'grpc', port: 95 }, { name: 'http', port: 81 }] }), old)).toEqual([]);
    // An item with a new key has no old item: its transition rules do not run.
    expect(validateUpdate(withSpec({ ports: [{ name: 'admin', port: 1 }] }), old)).toEqual([]);
    // On create there is no old list at all.
    expect(validate(withSpec({ ports: [{ name: 'grpc', port: 1 }] }))).toEqual([]);
  });

  it('is byte-identical whatever order the model comes in', () => {
    expect(validationGenerator.generate(widgetModel().build(true), {})).toEqual(result);
  });
});

import { buildCrdSchema } from '@kubegen/schema';
import type { ApiField } from '../types';
import { DOC, loadTree, where } from './write-tree';

/** Loads one version package whose type `A` has a field `f` with the given comment lines above it. */
function loadField(comment: string[], type = 'string') {
  const doc = ['  /**', ...comment.map((l) => `   * ${l}`), '   */'].join('\n');
  return loadTree({
    'apis/test/v1/doc.ts': DOC,
    'apis/test/v1/a_types.ts': `export interface A {\n${doc}\n  f?: ${type};\n}\n`,
  });
}

function fieldOf(result: ReturnType<typeof loadField>): ApiField {
  const type = result.model.packages[0].types.find((t) => t.name === 'A');
  const fields = type?.shape.form === 'struct' ? type.shape.fields : [];
  const field = fields.find((f) => f.name === 'f');
  if (!field) throw new Error('field f not loaded');
  return field;
}

/** The field as the model holds it, without the positions that differ between `@tag` and `+marker` lines. */
function meaning(result: ReturnType<typeof loadField>) {
  const field = fieldOf(result);
  return {
    doc: field.doc,
    required: field.required,
    markers: field.markers.map((m) => ({ name: m.name, value: m.value })),
  };
}

describe('JSDoc tags mean the matching markers', () => {
  test.each([
    ['@minimum 0', '+kubebuilder:validation:Minimum=0', 'number'],
    ['@maximum 10.5', '+kubebuilder:validation:Maximum=10.5', 'number'],
    ['@minLength 1', '+kubebuilder:validation:MinLength=1', 'string'],
    ['@maxLength 63', '+kubebuilder:validation:MaxLength=63', 'string'],
    ['@pattern ^[a-z]+$', '+kubebuilder:validation:Pattern=^[a-z]+$', 'string'],
    ['@pattern `^[a-z]{2,3}$`', '+kubebuilder:validation:Pattern=`^[a-z]{2,3}$`', 'string'],
    ['@format date-time', '+kubebuilder:validation:Format=date-time', 'string'],
    ['@default 1', '+kubebuilder:default=1', 'number'],
    ['@default "Always"', '+kubebuilder:default="Always"', 'string'],
    ['@default Always', '+kubebuilder:default=Always', 'string'],
    ['@example {"a":1}', '+kubebuilder:example={"a":1}', 'Record<string, number>'],
  ])('%s is %s', (tag, marker, type) => {
    const withTag = loadField(['The field.', tag], type);
    const withMarker = loadField(['The field.', marker], type);
    expect(withTag.diagnostics).toEqual([]);
    expect(withMarker.diagnostics).toEqual([]);
    expect(meaning(withTag)).toEqual(meaning(withMarker));
    expect(fieldOf(withTag).markers).toHaveLength(1);
  });

  test('an unquoted @pattern keeps braces and commas a bare marker value cannot hold', () => {
    const field = fieldOf(loadField(['@pattern ^[a-z]{2,3}$']));
    expect(field.markers.map((m) => m.value)).toEqual(['^[a-z]{2,3}$']);
  });

  test('@example accepts a JSON array as ts-json-schema-generator users write it', () => {
    const field = fieldOf(loadField(['@example [1, 2]'], 'number[]'));
    expect(field.markers.map((m) => m.value)).toEqual([[1, 2]]);
  });

  test('a tag marker stands at the `@` of the tag', () => {
    const field = fieldOf(loadField(['Doc.', '@minimum 3'], 'number'));
    expect(field.markers[0].position).toMatchObject({ line: 4, column: 6 });
  });

  test('tags are removed from the description as marker lines are', () => {
    const field = fieldOf(
      loadField(['Replicas is the count.', '@minimum 1', '', 'More text.', '@default 2'], 'number'),
    );
    expect(field.doc).toBe('Replicas is the count.\n\nMore text.');
  });

  test('a description with no tags, and with unknown tags, is kept as written', () => {
    const field = fieldOf(
      loadField(['Name of it.', '@see https://example.com', 'email@host minimum']),
    );
    expect(field.doc).toBe('Name of it.\n@see https://example.com\nemail@host minimum');
    expect(field.markers).toEqual([]);
  });

  test('@deprecated becomes a Deprecated paragraph of the description and no marker', () => {
    const withText = fieldOf(loadField(['Old name.', '@deprecated use `g` instead']));
    expect(withText.doc).toBe('Old name.\n\nDeprecated: use `g` instead');
    expect(withText.markers).toEqual([]);
    expect(fieldOf(loadField(['@deprecated'])).doc).toBe('Deprecated.');
  });
});

describe('diagnostics of JSDoc tags', () => {
  test('a malformed value is the same diagnostic as for the marker, at the value', () => {
    const withTag = loadField(['@minimum abc'], 'number');
    const withMarker = loadField(['+kubebuilder:validation:Minimum=abc'], 'number');
    expect(where(withTag)).toEqual(['KG1003 a_types.ts:3:15']);
    expect(where(withMarker)).toEqual(['KG1003 a_types.ts:3:38']);
    expect(withTag.diagnostics[0].message).toContain('expected a number, found `abc`');
    expect(withTag.diagnostics[0].hint).toContain('+kubebuilder:validation:Minimum=<number>');
  });

  test('a tag with no value is a missing value', () => {
    expect(where(loadField(['@maxLength'], 'string'))).toEqual(['KG1004 a_types.ts:3:6']);
  });

  test('a tag and a marker giving different values conflict', () => {
    const result = loadField(['+kubebuilder:validation:Minimum=1', '@minimum 2'], 'number');
    expect(where(result)).toEqual(['KG2015 a_types.ts:4:6']);
    expect(result.diagnostics[0].message).toContain('line 3');
    expect(result.diagnostics[0].hint).toContain('+kubebuilder:validation:Minimum=1');
  });

  test('two tags giving different values conflict', () => {
    expect(where(loadField(['@default "a"', '@default "b"']))).toEqual(['KG2015 a_types.ts:4:6']);
  });

  test('a tag and a marker giving the same value keep one marker', () => {
    const result = loadField(['@minimum 1', '+kubebuilder:validation:Minimum=1.0'], 'number');
    expect(result.diagnostics).toEqual([]);
    expect(fieldOf(result).markers.map((m) => m.value)).toEqual([1]);
  });
});

describe('JSDoc tags end to end', () => {
  const kind = (comment: string) =>
    loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts': [
        "import type { TypeMeta, ObjectMeta, int32 } from '@kubegen/runtime';",
        '',
        '// +kubebuilder:object:root=true',
        'export interface Foo extends TypeMeta {',
        '  metadata?: ObjectMeta;',
        '  /**',
        '   * Replicas is the count.',
        `   * ${comment}`,
        '   */',
        '  replicas?: int32;',
        '}',
        '',
      ].join('\n'),
    });

  test('the CRD schema of a field with @minimum 1 equals that of +kubebuilder:validation:Minimum=1', () => {
    const schemaOf = (comment: string) => {
      const { model, diagnostics } = kind(comment);
      expect(diagnostics).toEqual([]);
      const foo = model.packages[0].types.find((t) => t.name === 'Foo');
      if (!foo) throw new Error('Foo not loaded');
      return buildCrdSchema(model, foo);
    };
    const withTag = schemaOf('@minimum 1');
    expect(withTag.diagnostics).toEqual([]);
    expect(withTag.schema.properties?.replicas).toEqual({
      description: 'Replicas is the count.',
      format: 'int32',
      minimum: 1,
      type: 'integer',
    });
    expect(withTag.schema).toEqual(schemaOf('+kubebuilder:validation:Minimum=1').schema);
  });
});

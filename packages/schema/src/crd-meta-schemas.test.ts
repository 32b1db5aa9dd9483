import { crdMetaSchema } from './crd-meta-schemas';

describe('crdMetaSchema(ObjectMeta)', () => {
  test('is a bare object by default, as controller-gen writes it', () => {
    expect(crdMetaSchema('ObjectMeta')).toEqual({ type: 'object' });
    expect(crdMetaSchema('ObjectMeta', { generateEmbeddedObjectMeta: false })).toEqual({
      type: 'object',
    });
  });

  // controller-gen's ObjectMetaPackages (pkg/crd/known_types.go): five fields, no descriptions.
  test('with generateEmbeddedObjectMeta lists name, namespace, labels, annotations and finalizers', () => {
    expect(crdMetaSchema('ObjectMeta', { generateEmbeddedObjectMeta: true })).toEqual({
      properties: {
        annotations: { additionalProperties: { type: 'string' }, type: 'object' },
        finalizers: { items: { type: 'string' }, type: 'array' },
        labels: { additionalProperties: { type: 'string' }, type: 'object' },
        name: { type: 'string' },
        namespace: { type: 'string' },
      },
      type: 'object',
    });
  });

  test('every call returns new nodes (a schema tree never shares them)', () => {
    const options = { generateEmbeddedObjectMeta: true };
    const a = crdMetaSchema('ObjectMeta', options);
    const b = crdMetaSchema('ObjectMeta', options);
    expect(a.properties!.labels).not.toBe(b.properties!.labels);
    expect(a.properties!.labels.additionalProperties).not.toBe(
      a.properties!.annotations.additionalProperties,
    );
  });

  test('the option changes no other meta type', () => {
    expect(crdMetaSchema('TypeMeta', { generateEmbeddedObjectMeta: true })).toEqual({
      type: 'object',
    });
    expect(crdMetaSchema('ListMeta', { generateEmbeddedObjectMeta: true })).toEqual(
      crdMetaSchema('ListMeta'),
    );
  });
});

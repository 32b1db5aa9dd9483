import { stringifyCrd } from '../crd-yaml';
import { crdsOf, specOf, widgetTree } from './tree';

const field = (markers: string[], decl: string, doc = 'Doc.') =>
  ['  /**', `   * ${doc}`, ...markers.map((m) => `   * ${m}`), '   */', `  ${decl}`].join('\n');

function fragment(markers: string[], decl: string, extra = '') {
  const { crds, diagnostics, modelDiagnostics } = crdsOf(widgetTree(field(markers, decl), extra), {
    allowDangerousTypes: true,
  });
  expect(modelDiagnostics).toEqual([]);
  expect(diagnostics).toEqual([]);
  const spec = specOf(crds[0])!;
  return Object.values(spec.properties!)[0];
}

// Exact fragments of controller-gen's cronjob golden (reference §6.2), rebuilt from the same markers.
test.each([
  [
    'int32 with Minimum, Maximum, MultipleOf',
    [
      '+kubebuilder:validation:Minimum=-2',
      '+kubebuilder:validation:Maximum=2',
      '+kubebuilder:validation:MultipleOf=2',
    ],
    'v: int32;',
    {
      description: 'Doc.',
      format: 'int32',
      maximum: 2,
      minimum: -2,
      multipleOf: 2,
      type: 'integer',
    },
  ],
  ['int has no format', [], 'v: int;', { description: 'Doc.', type: 'integer' }],
  [
    'float with allowDangerousTypes',
    [
      '+kubebuilder:validation:Minimum=-0.5',
      '+kubebuilder:validation:Maximum=1.5',
      '+kubebuilder:validation:MultipleOf=0.5',
    ],
    'v: number;',
    { description: 'Doc.', maximum: 1.5, minimum: -0.5, multipleOf: 0.5, type: 'number' },
  ],
  ['Bytes', [], 'v: Bytes;', { description: 'Doc.', format: 'byte', type: 'string' }],
  [
    'nullable',
    ['+nullable'],
    'v: string;',
    { description: 'Doc.', nullable: true, type: 'string' },
  ],
  [
    'default, example, title',
    [
      '+kubebuilder:default=forty-two',
      '+kubebuilder:example=forty-two',
      '+kubebuilder:title=DefaultedString',
    ],
    'v: string;',
    {
      default: 'forty-two',
      description: 'Doc.',
      example: 'forty-two',
      title: 'DefaultedString',
      type: 'string',
    },
  ],
  [
    '{} default on an array is []',
    ['+kubebuilder:default={}'],
    'v: string[];',
    { default: [], description: 'Doc.', items: { type: 'string' }, type: 'array' },
  ],
  [
    'kubebuilder:default wins over +default',
    ['+kubebuilder:default="kubebuilder-default"', '+default="kubernetes-default"'],
    'v: string;',
    { default: 'kubebuilder-default', description: 'Doc.', type: 'string' },
  ],
  [
    '+default=ref(...) is ignored',
    ['+default=ref(DefaultRefValue)'],
    'v?: string;',
    { description: 'Doc.', type: 'string' },
  ],
  [
    'two XValidation rules in source order',
    [
      '+kubebuilder:validation:XValidation:rule="self.size() % 2 == 0",message="must have even length"',
      '+kubebuilder:validation:XValidation:rule="true"',
    ],
    'v: string;',
    {
      description: 'Doc.',
      type: 'string',
      'x-kubernetes-validations': [
        { message: 'must have even length', rule: 'self.size() % 2 == 0' },
        { rule: 'true' },
      ],
    },
  ],
  [
    'optionalOldSelf',
    [
      '+kubebuilder:validation:XValidation:rule="oldSelf.hasValue() || self == 0",message="m",optionalOldSelf=true',
    ],
    'v: int32;',
    {
      description: 'Doc.',
      format: 'int32',
      type: 'integer',
      'x-kubernetes-validations': [
        { message: 'm', optionalOldSelf: true, rule: 'oldSelf.hasValue() || self == 0' },
      ],
    },
  ],
  [
    'string slice item validation and listType=set',
    [
      '+kubebuilder:validation:MinItems=1',
      '+kubebuilder:validation:items:MinLength=1',
      '+kubebuilder:validation:items:MaxLength=255',
      '+listType=set',
    ],
    'v: string[];',
    {
      description: 'Doc.',
      items: { maxLength: 255, minLength: 1, type: 'string' },
      minItems: 1,
      type: 'array',
      'x-kubernetes-list-type': 'set',
    },
  ],
  [
    'items:Enum',
    ['+kubebuilder:validation:items:Enum=0;1;3'],
    'v: int[];',
    { description: 'Doc.', items: { enum: [0, 1, 3], type: 'integer' }, type: 'array' },
  ],
  [
    'IntOrString with XIntOrString and string validations',
    [
      '+kubebuilder:validation:XIntOrString',
      '+kubebuilder:validation:MaxLength=11',
      '+kubebuilder:validation:MinLength=2',
    ],
    'v?: IntOrString;',
    {
      anyOf: [{ type: 'integer' }, { type: 'string' }],
      description: 'Doc.',
      maxLength: 11,
      minLength: 2,
      'x-kubernetes-int-or-string': true,
    },
  ],
  [
    'EmbeddedResource on RawExtension',
    ['+kubebuilder:validation:EmbeddedResource'],
    'v: RawExtension;',
    {
      description: 'Doc.',
      type: 'object',
      'x-kubernetes-embedded-resource': true,
      'x-kubernetes-preserve-unknown-fields': true,
    },
  ],
  [
    'Schemaless with Type',
    ['+kubebuilder:validation:Schemaless', '+kubebuilder:validation:Type=string'],
    'v: Bytes;',
    { description: 'Doc.', type: 'string' },
  ],
  [
    'mapType=granular on a map of Bytes',
    ['+mapType=granular'],
    'v: Record<string, Bytes>;',
    {
      additionalProperties: { format: 'byte', type: 'string' },
      description: 'Doc.',
      type: 'object',
      'x-kubernetes-map-type': 'granular',
    },
  ],
  [
    'Quantity',
    [],
    'v: Quantity;',
    {
      anyOf: [{ type: 'integer' }, { type: 'string' }],
      description: 'Doc.',
      pattern:
        '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$',
      'x-kubernetes-int-or-string': true,
    },
  ],
])('%s', (_name, markers, decl, expected) => {
  expect(fragment(markers, decl)).toEqual(expected);
});

test('a type-level bound and a different field-level bound are hoisted into allOf (fieldLevelLocalDeclarationOverride)', () => {
  const extra =
    '\n/**\n * LongerString is long.\n * +kubebuilder:validation:MinLength=4\n */\nexport type LongerString = string;\n';
  expect(
    fragment(
      ['+kubebuilder:validation:MinLength=10', '+kubebuilder:validation:MaxLength=10'],
      'v: LongerString;',
      extra,
    ),
  ).toEqual({
    allOf: [{ minLength: 4 }, { minLength: 10 }],
    description: 'Doc.',
    maxLength: 10,
    type: 'string',
  });
});

test('field rules come before the rules of the type they use', () => {
  const extra =
    '\n/**\n * Even is even.\n * +kubebuilder:validation:XValidation:rule="self.size() % 2 == 0",message="must have even length"\n */\nexport type Even = string;\n';
  expect(
    fragment(
      [
        '+kubebuilder:validation:XValidation:rule="self.startsWith(\'good-\')",message="must have good prefix"',
      ],
      'v: Even;',
      extra,
    )['x-kubernetes-validations'],
  ).toEqual([
    { message: 'must have good prefix', rule: "self.startsWith('good-')" },
    { message: 'must have even length', rule: 'self.size() % 2 == 0' },
  ]);
});

test('one-of markers write controller-gen main rules after XValidation, and required is sorted', () => {
  const extra = [
    '/**',
    ' * Choice has one-of groups.',
    ' * +kubebuilder:validation:XValidation:rule="!(has(self.a) && has(self.b))",message="only one of a|b may be set"',
    ' * +kubebuilder:validation:AtLeastOneOf=e;f',
    ' * +kubebuilder:validation:AtMostOneOf=a;b',
    ' * +kubebuilder:validation:ExactlyOneOf=c;d',
    ' */',
    'export interface Choice {\n  z: string;\n  y: string;\n  a?: string;\n  b?: string;\n  c?: string;\n  d?: string;\n  e?: string;\n  f?: string;\n}',
  ].join('\n');
  const choice = fragment([], 'v: Choice;', '\n' + extra);
  expect(choice.required).toEqual(['y', 'z']);
  expect(choice['x-kubernetes-validations']).toEqual([
    { message: 'only one of a|b may be set', rule: '!(has(self.a) && has(self.b))' },
    {
      message: 'at most one of the fields in [a b] may be set',
      rule: '(has(self.a)?1:0)+(has(self.b)?1:0) <= 1',
    },
    {
      message: 'exactly one of the fields in [c d] must be set',
      rule: '(has(self.c)?1:0)+(has(self.d)?1:0) == 1',
    },
    {
      message: 'at least one of the fields in [e f] must be set',
      rule: 'has(self.e)||has(self.f)',
    },
  ]);
});

test('the CRD object: names, scope, root metadata, version header, printer columns, metadata markers, YAML layout', () => {
  const kindMarkers = [
    ' * +kubebuilder:resource:path=widgets,singular=widget,shortName=wd,categories=all,scope=Cluster',
    ' * +kubebuilder:subresource:status',
    ' * +kubebuilder:subresource:scale:specpath=.spec.replicas,statuspath=.spec.replicas',
    ' * +kubebuilder:printcolumn:name="Replicas",type=integer,JSONPath=".spec.replicas",priority=1',
    ' * +kubebuilder:metadata:annotations="a.example.com/x=y",labels="app=w"',
    ' * +kubebuilder:selectablefield:JSONPath=".spec.replicas"',
  ].join('\n');
  const { crds, diagnostics } = crdsOf(widgetTree('  replicas?: int32;', '', kindMarkers));
  expect(diagnostics).toEqual([]);
  const crd = crds[0];
  expect(crd.metadata).toEqual({
    annotations: { 'a.example.com/x': 'y', 'kubegen.io/version': '(devel)' },
    labels: { app: 'w' },
    name: 'widgets.test.example.com',
  });
  expect(crd.spec.names).toEqual({
    categories: ['all'],
    kind: 'Widget',
    listKind: 'WidgetList',
    plural: 'widgets',
    shortNames: ['wd'],
    singular: 'widget',
  });
  expect(crd.spec.scope).toBe('Cluster');
  const { schema, ...header } = crd.spec.versions[0];
  expect(header).toEqual({
    additionalPrinterColumns: [
      { jsonPath: '.spec.replicas', name: 'Replicas', priority: 1, type: 'integer' },
    ],
    name: 'v1',
    selectableFields: [{ jsonPath: '.spec.replicas' }],
    served: true,
    storage: true,
    subresources: {
      scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.spec.replicas' },
      status: {},
    },
  });
  expect(schema.openAPIV3Schema.properties!.metadata).toEqual({ type: 'object' });
  expect(schema.openAPIV3Schema.required).toBeUndefined();
  const yaml = stringifyCrd(crd);
  expect(
    yaml.startsWith(
      '---\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n',
    ),
  ).toBe(true);
  expect(yaml).toMatch(
    / description: \|-\n +APIVersion defines the versioned schema of this representation of an object\.\n/,
  );
  expect(yaml).toContain('a.example.com/x: "y"');
});

// controller-gen's testdata/enum (reference §6.6): `type EnumType string` with +k8s:enum and two consts.
test('+k8s:enum on a string type gives the sorted values of its constants', () => {
  const extra = [
    '/**',
    ' * EnumType is a string enum.',
    ' * +k8s:enum',
    ' */',
    'export type EnumType = string;',
    "export const EnumValue2: EnumType = 'Value2';",
    "export const EnumValue1: EnumType = 'Value1';",
  ].join('\n');
  expect(fragment([], 'field?: EnumType;', extra)).toEqual({
    description: 'Doc.',
    enum: ['Value1', 'Value2'],
    type: 'string',
  });
});

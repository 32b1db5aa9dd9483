import { crdGenerator } from '../crd-generator';
import { crdsOf, where, widgetTree } from './tree';

const at = (line: number, column: number) => `apis/test/v1/widget_types.ts:${line}:${column}`;
// widgetTree puts the first line of the spec body on line 14 of widget_types.ts.
const field = (markers: string[], decl: string) =>
  [`  /**`, ...markers.map((m) => `   * ${m}`), `   */`, `  ${decl}`].join('\n');

function errorsOf(files: Record<string, string>, options = {}) {
  const { diagnostics, root, modelDiagnostics } = crdsOf(files, options);
  expect(modelDiagnostics).toEqual([]);
  return { diagnostics, list: where(diagnostics, root) };
}

test('Minimum above Maximum is KG4004 at the Minimum marker', () => {
  const { list, diagnostics } = errorsOf(
    widgetTree(
      field(
        ['+kubebuilder:validation:Minimum=10', '+kubebuilder:validation:Maximum=5'],
        'replicas?: int32;',
      ),
    ),
  );
  expect(list).toEqual([`KG4004 ${at(15, 6)}`]);
  expect(diagnostics[0].message).toContain(
    'Minimum (10) is above Maximum (5) on WidgetSpec.replicas',
  );
  expect(diagnostics[0].hint).toContain('make Minimum at most 5');
});

test.each([
  [
    'of the wrong type',
    '+kubebuilder:default="three"',
    'replicas?: int32;',
    'must be of type integer, not string',
  ],
  [
    'not in the enum',
    '+kubebuilder:default=Sometimes',
    "policy?: 'Always' | 'Never';",
    '"Sometimes" is not one of "Always", "Never"',
  ],
  [
    'too long',
    ['+kubebuilder:validation:MaxLength=3', '+kubebuilder:default=abcdef'],
    'name?: string;',
    'is longer than 3 characters',
  ],
])('a default %s is KG4005 at the field', (_what, markers, decl, message) => {
  const { list, diagnostics } = errorsOf(widgetTree(field(([] as string[]).concat(markers), decl)));
  const line = 14 + ([] as string[]).concat(markers).length + 2;
  expect(list).toEqual([`KG4005 ${at(line, 3)}`]);
  expect(diagnostics[0].message).toContain(message);
});

test('a Pattern that is not a regular expression is KG4006 at the marker', () => {
  const { list, diagnostics } = errorsOf(
    widgetTree(field(['+kubebuilder:validation:Pattern=`^[a-z+$`'], 'name?: string;')),
  );
  expect(list).toEqual([`KG4006 ${at(15, 6)}`]);
  expect(diagnostics[0].hint).toContain('back quotes');
});

const item = '\nexport interface Item {\n  name: string;\n  port?: int32;\n}\n';

test.each([
  ['missing', 'nope', 'is not a field of the items'],
  ['optional', 'port', 'is optional and has no default'],
])('a listMapKey naming a %s field is KG4007 at the field', (_what, key, message) => {
  const { list, diagnostics } = errorsOf(
    widgetTree(field(['+listType=map', `+listMapKey=${key}`], 'items?: Item[];'), item),
  );
  expect(list).toEqual([`KG4007 ${at(18, 3)}`]);
  expect(diagnostics[0].message).toContain(`listMapKey ${key} ${message}`);
});

test('listType=map on items that are not objects is KG4008 at the field', () => {
  const { list } = errorsOf(
    widgetTree(field(['+listType=map', '+listMapKey=name'], 'names?: string[];')),
  );
  expect(list).toEqual([`KG4008 ${at(18, 3)}`]);
});

test('an unknown printer-column type is refused at the marker (KG1003, by the marker grammar)', () => {
  const { modelDiagnostics, root } = crdsOf(
    widgetTree(
      '  size?: int32;',
      '',
      ' * +kubebuilder:printcolumn:name="Size",type=float,JSONPath=".spec.size"',
    ),
  );
  expect(where(modelDiagnostics, root)).toEqual([`KG1003 ${at(5, 46)}`]);
  expect(modelDiagnostics[0].message).toContain('float');
});

test('a printer-column JSONPath that does not resolve is KG4013 at the marker', () => {
  const { list, diagnostics } = errorsOf(
    widgetTree(
      '  size?: int32;',
      '',
      ' * +kubebuilder:printcolumn:name="Size",type=integer,JSONPath=".spec.sise"',
    ),
  );
  expect(list).toEqual([`KG4013 ${at(5, 4)}`]);
  expect(diagnostics[0].message).toContain('.spec.sise');
});

function twoVersions(v1Markers: string, v2Markers: string): Record<string, string> {
  const kind = (markers: string) =>
    `import type { TypeMeta, ObjectMeta } from '@kubegen/runtime';\n\n/**\n * Widget is a test kind.\n${markers}\n */\nexport interface Widget extends TypeMeta {\n  metadata?: ObjectMeta;\n}\n`;
  return {
    'apis/test/v1/doc.ts': '// +groupName=test.example.com\n\nexport {};\n',
    'apis/test/v1/widget_types.ts': kind(v1Markers),
    'apis/test/v2/doc.ts': '// +groupName=test.example.com\n\nexport {};\n',
    'apis/test/v2/widget_types.ts': kind(v2Markers),
  };
}

test('two storage versions is KG4014 at the second marker', () => {
  const { list } = errorsOf(
    twoVersions(' * +kubebuilder:storageversion', ' * +kubebuilder:storageversion'),
  );
  expect(list).toEqual(['KG4014 apis/test/v2/widget_types.ts:5:4']);
});

test('several versions and no storage version is KG4015 at the first version kind', () => {
  const { list, diagnostics } = errorsOf(twoVersions(' *', ' *'));
  expect(list).toEqual(['KG4015 apis/test/v1/widget_types.ts:7:18']);
  expect(diagnostics[0].message).toContain('2 versions (v1, v2) and no storage version');
});

test('a bare number without allowDangerousTypes is KG4002 at the field, and allowed with it', () => {
  const files = widgetTree('  /** A ratio. */\n  ratio?: number;');
  const { list, diagnostics } = errorsOf(files);
  expect(list).toEqual([`KG4002 ${at(15, 3)}`]);
  expect(diagnostics[0].hint).toContain('allowDangerousTypes');
  expect(errorsOf(files, { allowDangerousTypes: true }).list).toEqual([]);
});

test('a CEL rule that does not parse is KG4010 at the marker', () => {
  const { list, diagnostics } = errorsOf(
    widgetTree(
      field(['+kubebuilder:validation:XValidation:rule="self.size( >= 1"'], 'name?: string;'),
    ),
  );
  expect(list).toEqual([`KG4010 ${at(15, 6)}`]);
  expect(diagnostics[0].message).toContain('is not valid CEL');
});

test('a CEL rule naming a field the type does not have is KG4011 at the marker', () => {
  const { list, diagnostics } = errorsOf(
    widgetTree(
      '  min?: int32;\n  max?: int32;',
      '',
      ' * +kubebuilder:validation:XValidation:rule="self.spec.min <= self.spec.maks"',
    ),
  );
  expect(list).toEqual([`KG4011 ${at(5, 4)}`]);
  expect(diagnostics[0].message).toContain('self.spec.maks');
  expect(diagnostics[0].hint).toBe('fields here: max, min');
});

test('a CEL rule calling the Kubernetes library functions (quantity, URL, IP, CIDR) is not an error', () => {
  const rule =
    "quantity(self.spec.memory).isLessThan(quantity('1Gi')) && sign(quantity(self.spec.memory)) >= 0" +
    " && url(self.spec.endpoint).getScheme() == 'https' && ip.isCanonical(self.spec.address)" +
    " && cidr(self.spec.subnet).containsIP(ip(self.spec.address))";
  const { list } = errorsOf(
    widgetTree(
      '  memory?: string;\n  endpoint?: string;\n  address?: string;\n  subnet?: string;',
      '',
      ` * +kubebuilder:validation:XValidation:rule="${rule}"`,
    ),
  );
  expect(list).toEqual([]);
});

test('a recursive type is KG4001 naming the cycle, with the free-form hint', () => {
  const { list, diagnostics } = errorsOf(
    widgetTree(
      '  node?: Node;',
      '\n/** Node is a tree. */\nexport interface Node {\n  children?: Node[];\n}\n',
    ),
  );
  expect(list).toEqual(['KG4001 apis/test/v1/widget_types.ts:19:3']);
  expect(diagnostics[0].message).toContain('(Node → Node)');
  expect(diagnostics[0].hint).toContain('+kubebuilder:validation:Schemaless');
});

test('all errors of a tree are returned together', () => {
  const { list } = errorsOf(
    widgetTree(
      [
        field(
          ['+kubebuilder:validation:Minimum=10', '+kubebuilder:validation:Maximum=5'],
          'a?: int32;',
        ),
        field(['+kubebuilder:validation:Pattern=`(`'], 'b?: string;'),
      ].join('\n'),
    ),
  );
  expect(list.map((l) => l.split(' ')[0]).sort()).toEqual(['KG4004', 'KG4006']);
});

test('a group without a dot is KG4021 at +groupName, once however many kinds it has', () => {
  const files = widgetTree(
    '  name?: string;',
    'export interface Gadget extends TypeMeta {\n  metadata?: ObjectMeta;\n}\n',
  );
  files['apis/test/v1/doc.ts'] = '// +groupName=test\n\nexport {};\n';
  const { model, root, modelDiagnostics } = crdsOf(files);
  expect(modelDiagnostics).toEqual([]);
  const result = crdGenerator.generate(model, {});
  expect(where(result.diagnostics, root)).toEqual(['KG4021 apis/test/v1/doc.ts:1:4']);
  expect(result.diagnostics[0].hint).toContain('// +groupName=test.example.com');
  expect(result.files).toEqual([]);
});

test('an externalDocs url that is not a URL is KG4022 at the marker, and no externalDocs is written', () => {
  const { list, diagnostics } = errorsOf(
    widgetTree(field(['+kubebuilder:externalDocs:url="example.com/docs"'], 'name?: string;')),
  );
  expect(list).toEqual([`KG4022 ${at(15, 6)}`]);
  expect(diagnostics[0].message).toBe(
    '+kubebuilder:externalDocs on WidgetSpec.name: url "example.com/docs" is not a valid URL: it is a relative reference (it has no scheme and does not start with "/")',
  );
  expect(diagnostics[0].hint).toContain('url="https://example.com/docs"');
});

import { DOC, loadTree, where } from './write-tree';

const KIND = (name: string) =>
  `import type { TypeMeta, ObjectMeta } from '@kubegen/runtime';\n\nexport interface ${name} extends TypeMeta {\n  metadata?: ObjectMeta;\n}\n`;

describe('diagnostics of the model', () => {
  test('an unknown marker comes through with its position and the marker that was meant', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts':
        'export interface A {\n  // +kubebuilder:validation:Minimun=1\n  n: string;\n}\n',
    });
    expect(where(result)).toEqual(['KG1001 a_types.ts:2:6']);
    expect(result.diagnostics[0].hint).toContain('kubebuilder:validation:Minimum');
  });

  test('a misplaced marker comes through with its position', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts':
        'export interface A {\n  /** +groupName=x.io */\n  n: string;\n}\n',
    });
    expect(where(result)).toEqual(['KG1002 a_types.ts:2:7']);
  });

  test('two kinds with the same name in one version are reported at both', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts': KIND('Foo'),
      'apis/test/v1/b_types.ts': KIND('Foo'),
    });
    expect(where(result)).toEqual(['KG2005 a_types.ts:3:18', 'KG2005 b_types.ts:3:18']);
  });

  test('two types with the same name are reported at both', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts':
        'export interface Spec {\n  a?: string;\n}\nexport type Spec = string;\n',
    });
    expect(where(result)).toEqual(['KG2006 a_types.ts:1:18', 'KG2006 a_types.ts:4:13']);
  });

  test('a version folder with types but no +groupName is an error with the marker to write', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': 'export {};\n',
      'apis/test/v1/a_types.ts': KIND('Foo'),
    });
    expect(where(result)).toEqual(['KG2004 doc.ts:1:1']);
    expect(result.diagnostics[0].hint).toContain('// +groupName=<group>');
    expect(result.model.packages).toEqual([]);
  });

  test('a syntax error is reported at its position', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts': 'export interface A {\n  n: string\n  m: = ;\n}\n',
    });
    expect(where(result)).toContain('KG2001 a_types.ts:3:6');
  });

  test('all the errors of a run are reported together', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts':
        'export interface A {\n  a: any;\n  b: Missing;\n  // +optinal\n  c?: string;\n}\n',
    });
    expect(where(result)).toEqual([
      'KG2002 a_types.ts:2:6',
      'KG2003 a_types.ts:3:6',
      'KG1006 a_types.ts:4:6',
    ]);
  });

  test('+kubebuilder:resource:scope and +genclient:nonNamespaced must agree', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts': KIND('Foo').replace(
        'export interface',
        '/**\n * +genclient\n * +genclient:nonNamespaced\n * +kubebuilder:resource:scope=Namespaced\n */\nexport interface',
      ),
    });
    expect(where(result)).toEqual(['KG2008 a_types.ts:5:4']);
  });

  test('a custom subresource needs a request type of the package that extends TypeMeta', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts': `${KIND('Foo').replace('export interface', '// +subresource:request=FooBar,path=bar,kind=FooBar\nexport interface')}export interface FooBar {\n  x?: string;\n}\n`,
    });
    expect(where(result)).toEqual(['KG2009 a_types.ts:3:4']);
  });

  test('a hand-written list type of the wrong shape is reported', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts': `${KIND('Foo')}export interface FooList extends TypeMeta {\n  items: string[];\n}\n`,
    });
    expect(where(result)).toEqual(['KG2010 a_types.ts:6:18']);
    expect(result.diagnostics[0].message).toContain('no field metadata of type ListMeta');
  });

  test('a field name that is not a JSON field name is reported', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts': "export interface A {\n  'has space': string;\n  42: string;\n}\n",
    });
    expect(where(result)).toEqual(['KG2011 a_types.ts:2:3', 'KG2011 a_types.ts:3:3']);
  });

  test('internal and version packages of a group must agree on +groupName', () => {
    const result = loadTree({
      'apis/test/doc.ts': DOC,
      'apis/test/v1/doc.ts': '// +groupName=other.example.com\n\nexport {};\n',
    });
    expect(where(result)).toEqual(['KG2014 doc.ts:1:4']);
    expect(result.diagnostics[0].position?.file).toMatch(/v1\/doc\.ts$/);
  });

  test('a +versionName that is not a DNS label is reported', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': '// +groupName=test.example.com\n// +versionName=V_1\n\nexport {};\n',
    });
    expect(where(result)).toEqual(['KG2012 doc.ts:2:4']);
  });

  test.each([
    ['Test_Group.example.com', 'write // +groupName=test-group.example.com'],
    ['demo..example.com', 'write a domain you own'],
    ['-demo.example.com', 'write // +groupName=demo.example.com'],
  ])('+groupName=%s is not a DNS subdomain: KG2016 at the marker', (group, hint) => {
    const result = loadTree({
      'apis/test/v1/doc.ts': `// +groupName=${group}\n\nexport {};\n`,
    });
    expect(where(result)).toEqual(['KG2016 doc.ts:1:4']);
    expect(result.diagnostics[0].hint).toContain(hint);
  });

  test('a valid group name, dotted or not, is not reported', () => {
    for (const group of ['apps', 'demo.example.com', 'a-b.c1.io']) {
      const result = loadTree({ 'apis/test/v1/doc.ts': `// +groupName=${group}\n\nexport {};\n` });
      expect(where(result)).toEqual([]);
    }
  });

  test('a missing source root is reported without a position', () => {
    const result = loadTree({ 'apis/test/v1/doc.ts': DOC }, ['apis', 'controllers']);
    expect(where(result)).toEqual(['KG2013 -']);
  });
});

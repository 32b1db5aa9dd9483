import { DOC, loadTree, where } from './write-tree';

describe('types from outside the API packages', () => {
  test('a type imported from an npm package .d.ts is followed and keeps its module', () => {
    const result = loadTree({
      'node_modules/@acme/types/package.json': JSON.stringify({
        name: '@acme/types',
        version: '1.0.0',
        types: 'index.d.ts',
      }),
      'node_modules/@acme/types/index.d.ts':
        "import type { int32 } from '@kubegen/runtime';\n/** Port is a network port. */\nexport interface Port {\n  number: int32;\n  protocol?: 'TCP' | 'UDP';\n}\n",
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts':
        "import type { Port as AcmePort } from '@acme/types';\n\nexport interface A {\n  port?: AcmePort;\n}\n",
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.model.externalTypes).toHaveLength(1);
    expect(result.model.externalTypes[0]).toMatchObject({
      id: 'external:@acme/types#Port',
      module: '@acme/types',
      file: 'node_modules/@acme/types/index.d.ts',
      doc: 'Port is a network port.',
      shape: {
        form: 'struct',
        fields: [
          { name: 'number', required: true },
          { name: 'protocol', type: { ref: 'enum', values: ['TCP', 'UDP'] } },
        ],
      },
    });
    const a = result.model.packages[0].types[0];
    expect(a.shape).toMatchObject({
      fields: [
        {
          type: { ref: 'named', id: 'external:@acme/types#Port', package: 'external:@acme/types' },
        },
      ],
    });
  });

  test('an interface extending a type of another file inlines its fields, bases first', () => {
    const result = loadTree({
      'apis/test/common/base.ts': 'export interface Base {\n  id: string;\n}\n',
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts':
        "import { Base } from '../common/base.js';\n\nexport interface A extends Base {\n  name?: string;\n}\n",
    });
    expect(result.diagnostics).toEqual([]);
    const a = result.model.packages[0].types[0];
    expect(a.shape).toMatchObject({
      form: 'struct',
      embedded: [{ ref: 'named', id: 'external:apis/test/common/base.ts#Base' }],
      fields: [{ name: 'id', inheritedFrom: 'Base' }, { name: 'name' }],
    });
  });

  test('a module that cannot be found is an unresolved type', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/a_types.ts':
        "import type { Gone } from './gone';\n\nexport interface A {\n  g?: Gone;\n}\n",
    });
    expect(where(result)).toEqual(['KG2003 a_types.ts:4:7']);
  });
});

import { DOC, loadTree, where } from './write-tree';

/** A field whose type text starts at line 4, column 10 of bad_types.ts, after `extra` declarations. */
function fieldTree(typeText: string, extra = ''): Record<string, string> {
  return {
    'apis/test/v1/doc.ts': DOC,
    'apis/test/v1/bad_types.ts': `import type { int32 } from '@kubegen/runtime';\n\nexport interface Bad {\n  field: ${typeText};\n}\n${extra}`,
  };
}

const REFUSALS: [string, string, string, string | string[]][] = [
  // [what, type text, extra declarations, expected `code file:line:column`]
  ['a utility (generic) type', 'Partial<Bad>', '', 'KG2002 bad_types.ts:4:10'],
  // The generic declaration is refused too, at its type parameter.
  [
    'a generic type of the tree',
    'Box<string>',
    'export interface Box<T> { value: T; }\n',
    ['KG2002 bad_types.ts:4:10', 'KG2002 bad_types.ts:6:22'],
  ],
  ['a conditional type', 'string extends int32 ? string : int32', '', 'KG2002 bad_types.ts:4:10'],
  ['a mapped type', "{ [K in 'a' | 'b']: string }", '', 'KG2002 bad_types.ts:4:10'],
  ['a union of object types', '{ a: string } | { b: string }', '', 'KG2002 bad_types.ts:4:10'],
  ['a union of literals and another type', "'a' | int32", '', 'KG2002 bad_types.ts:4:10'],
  ['an intersection', '{ a: string } & { b: string }', '', 'KG2002 bad_types.ts:4:10'],
  ['any', 'any', '', 'KG2002 bad_types.ts:4:10'],
  ['unknown', 'unknown', '', 'KG2002 bad_types.ts:4:10'],
  ['a function type', '() => void', '', 'KG2002 bad_types.ts:4:10'],
  ['a class', 'Oven', 'export class Oven { on = false; }\n', 'KG2002 bad_types.ts:4:10'],
  ['a tuple', '[string, int32]', '', 'KG2002 bad_types.ts:4:10'],
  ['a Record with non-string keys', 'Record<number, string>', '', 'KG2002 bad_types.ts:4:17'],
  ['a numeric literal type', '1 | 2', '', 'KG2002 bad_types.ts:4:10'],
  ['a boolean literal type', 'true', '', 'KG2002 bad_types.ts:4:10'],
  [
    'an enum declaration',
    'Color',
    "export enum Color { Red = 'Red' }\n",
    'KG2002 bad_types.ts:4:10',
  ],
  [
    'an index signature with number keys',
    '{ [key: number]: string }',
    '',
    'KG2002 bad_types.ts:4:18',
  ],
  ['undefined in a union', 'string | undefined', '', 'KG2002 bad_types.ts:4:19'],
  ['an unresolvable name', 'Missing', '', 'KG2003 bad_types.ts:4:10'],
  ['a runtime type used without import', 'ObjectMeta', '', 'KG2003 bad_types.ts:4:10'],
];

describe('refused type forms', () => {
  test.each(REFUSALS)('%s is refused with its position', (_what, typeText, extra, expected) => {
    const result = loadTree(fieldTree(typeText, extra));
    expect(where(result)).toEqual(Array.isArray(expected) ? expected : [expected]);
    expect(result.diagnostics[0].hint).toBeTruthy();
  });

  test('a generic declaration is refused at its type parameter', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/box_types.ts': 'export interface Box<T> {\n  value: T;\n}\n',
    });
    expect(where(result)).toEqual(['KG2002 box_types.ts:1:22']);
  });

  test('an index signature beside named fields is refused', () => {
    const result = loadTree({
      'apis/test/v1/doc.ts': DOC,
      'apis/test/v1/bad_types.ts':
        'export interface Bad {\n  name: string;\n  [key: string]: string;\n}\n',
    });
    expect(where(result)).toEqual(['KG2002 bad_types.ts:3:3']);
  });

  test('hints say what to write instead', () => {
    const enumHint = loadTree(fieldTree('Color', "export enum Color { Red = 'Red' }\n"))
      .diagnostics[0].hint;
    expect(enumHint).toContain("export type Color = 'A' | 'B'");
    const runtimeHint = loadTree(fieldTree('ObjectMeta')).diagnostics[0].hint;
    expect(runtimeHint).toBe("import it: import type { ObjectMeta } from '@kubegen/runtime';");
  });

  test('allowed forms next to the refused ones load cleanly', () => {
    const result = loadTree(fieldTree('Record<string, int32[]> | null'));
    expect(result.diagnostics).toEqual([]);
    const bad = result.model.packages[0].types.find((t) => t.name === 'Bad')!;
    expect(bad.shape).toMatchObject({
      form: 'struct',
      fields: [
        {
          name: 'field',
          nullable: true,
          type: {
            ref: 'map',
            nullable: true,
            values: { ref: 'array', items: { ref: 'scalar', scalar: 'int32' } },
          },
        },
      ],
    });
  });
});

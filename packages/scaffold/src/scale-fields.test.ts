import { addScaleFields } from './scale-fields';

const kind = (
  spec: string,
  status: string,
  imports = "import type { ObjectMeta, TypeMeta } from '@kubegen/runtime';\n\n",
) =>
  `${imports}export interface Foo extends TypeMeta {\n  metadata?: ObjectMeta;\n}\n\nexport interface FooSpec {${spec}}\n\nexport interface FooStatus {${status}}\n`;

describe('addScaleFields', () => {
  it('adds only the fields that are missing, and int32 to the runtime import', () => {
    const text = kind('\n  /** Wanted. */\n  replicas?: int32;\n  nested?: { a: string };\n', '');
    const out = addScaleFields(text, 'Foo');
    expect(out.match(/replicas\?: int32;/g)).toHaveLength(2);
    expect(out).toContain(
      'export interface FooSpec {\n  /** Wanted. */\n  replicas?: int32;\n  nested?: { a: string };\n}',
    );
    expect(out).toMatch(/export interface FooStatus \{\n {2}\/\*\*[^]*selector\?: string;\n\}/);
    expect(
      out.startsWith("import type { int32, ObjectMeta, TypeMeta } from '@kubegen/runtime';"),
    ).toBe(true);
  });

  it('changes nothing when every field is there', () => {
    const text = kind(
      '\n  replicas: int32;\n',
      '\n  replicas?: int32;\n  selector?: string;\n',
      "import type { int32 } from '@kubegen/runtime';\n",
    );
    expect(addScaleFields(text, 'Foo')).toBe(text);
  });

  it('imports int32 when the file has no runtime import', () => {
    const out = addScaleFields(kind('', '', ''), 'Foo');
    expect(out.startsWith("import type { int32 } from '@kubegen/runtime';\n")).toBe(true);
  });
});

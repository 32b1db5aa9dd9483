import {
  PRINT_WIDTH,
  isIdentifierName,
  propertyAccess,
  propertyKey,
  typeText,
  type TypeScriptFile,
  type TypeTextContext,
} from '@kubegen/emit';
import type { ApiField, MetaTypeName, TypeRef } from '@kubegen/model';
import { isCopiedByValue } from './opt-in';

/** Runtime functions that copy the object-shaped meta types. */
const META_COPY_FUNCTIONS: Partial<Record<MetaTypeName, string>> = {
  TypeMeta: 'deepCopyTypeMeta',
  ObjectMeta: 'deepCopyObjectMeta',
  ListMeta: 'deepCopyListMeta',
  LabelSelector: 'deepCopyLabelSelector',
  Condition: 'deepCopyCondition',
  RawExtension: 'deepCopyRawExtension',
  JSONValue: 'deepCopyJSONValue',
};

export interface CopyWriterContext extends TypeTextContext {
  file: TypeScriptFile;
  /** The local name of the function that copies a named type (imported, generated here, or a private helper). */
  copyFunctionOf(id: string): string;
}

/**
 * Writes the statements of one copy function. Every `src` it is given is a cheap, side-effect-free
 * expression (a local, `input.x`, `a[i]`), so it may be read more than once.
 */
export class CopyWriter {
  private lines: string[] = [];
  private readonly locals = new Set<string>();

  constructor(private readonly context: CopyWriterContext) {}

  /** The statements written so far. */
  output(): string[] {
    return this.lines;
  }

  /** Writes the copy of an object with `fields` read from `src` into a new local `target` typed `typeName`. */
  writeStruct(fields: readonly ApiField[], src: string, target: string, typeName: string, indent: string): void {
    const literal: string[] = [];
    // Required fields go in the object literal (the type demands them); optional ones are added when present.
    for (const field of fields.filter((f) => !f.optional)) {
      const value = this.writeValue(field.type, propertyAccess(src, field.name), field.name, indent);
      literal.push(`${propertyKey(field.name)}: ${value}`);
    }
    this.pushObjectLiteral(`${indent}const ${target}: ${typeName} = `, literal, indent);
    for (const field of fields.filter((f) => f.optional)) {
      this.writeOptionalField(field, src, target, indent);
    }
  }

  private pushObjectLiteral(prefix: string, members: string[], indent: string): void {
    const oneLine = members.length === 0 ? `${prefix}{};` : `${prefix}{ ${members.join(', ')} };`;
    if (oneLine.length <= PRINT_WIDTH && !members.some((m) => m.includes('\n'))) {
      this.lines.push(oneLine);
      return;
    }
    this.lines.push(`${prefix}{`, ...members.map((m) => `${indent}  ${m},`), `${indent}};`);
  }

  private writeOptionalField(field: ApiField, src: string, target: string, indent: string): void {
    const read = propertyAccess(src, field.name);
    const write = propertyAccess(target, field.name);
    // An absent optional field stays absent: no `undefined` key in the copy.
    const condition = `if (${read} !== undefined)`;
    const outer = this.lines;
    this.lines = [];
    const value = this.writeValue(field.type, read, field.name, `${indent}  `);
    const inner = this.lines;
    this.lines = outer;
    const single = `${indent}${condition} ${write} = ${value};`;
    if (inner.length === 0 && single.length <= PRINT_WIDTH) {
      this.lines.push(single);
      return;
    }
    this.lines.push(`${indent}${condition} {`, ...inner, `${indent}  ${write} = ${value};`, `${indent}}`);
  }

  /** Writes the statements that copy `src` (if any are needed) and returns the expression of the copy. */
  writeValue(ref: TypeRef, src: string, hint: string, indent: string): string {
    if (!ref.nullable) {
      return this.writeNonNull(ref, src, hint, indent);
    }
    const simple = this.expressionOf(ref, src);
    if (simple !== undefined) {
      return simple === src ? src : `${src} === null ? null : ${simple}`;
    }
    const result = this.local(hint);
    const type = typeText(this.context.file, ref, this.context);
    this.lines.push(`${indent}let ${result}: ${type} = null;`, `${indent}if (${src} !== null) {`);
    const value = this.writeNonNull(ref, src, hint, `${indent}  `);
    this.lines.push(`${indent}  ${result} = ${value};`, `${indent}}`);
    return result;
  }

  /** The copy as one expression, when no statements are needed. */
  private expressionOf(ref: TypeRef, src: string): string | undefined {
    if (isCopiedByValue(ref, this.context.types)) return src;
    const { file } = this.context;
    switch (ref.ref) {
      case 'meta': {
        const fn = META_COPY_FUNCTIONS[ref.name];
        return fn === undefined ? src : `${file.importValue(fn, this.context.runtimeModule)}(${src})`;
      }
      case 'named':
        return `${this.context.copyFunctionOf(ref.id)}(${src})`;
      case 'array':
        return isCopiedByValue(ref.items, this.context.types) ? `${src}.slice()` : undefined;
      case 'map':
        return isCopiedByValue(ref.values, this.context.types) ? `{ ...${src} }` : undefined;
      default:
        return undefined;
    }
  }

  private writeNonNull(ref: TypeRef, src: string, hint: string, indent: string): string {
    const simple = this.expressionOf({ ...ref, nullable: false }, src);
    if (simple !== undefined) return simple;
    switch (ref.ref) {
      case 'array':
        return this.writeArray(ref.items, src, hint, indent);
      case 'map':
        return this.writeMap(ref.values, src, hint, indent);
      case 'struct': {
        const target = this.local(hint);
        const type = typeText(this.context.file, { ...ref, nullable: false }, this.context);
        this.writeStruct(ref.fields, src, target, type, indent);
        return target;
      }
      default:
        throw new Error(`no copy for ${ref.ref}`);
    }
  }

  private writeArray(items: TypeRef, src: string, hint: string, indent: string): string {
    const target = this.local(hint);
    const index = this.local('i', false);
    const type = typeText(this.context.file, { ref: 'array', items }, this.context);
    this.lines.push(
      `${indent}const ${target}: ${type} = new Array(${src}.length);`,
      `${indent}for (let ${index} = 0; ${index} < ${target}.length; ${index}++) {`,
    );
    const item = this.writeValue(items, `${src}[${index}]`, `${hint}Item`, `${indent}  `);
    this.lines.push(`${indent}  ${target}[${index}] = ${item};`, `${indent}}`);
    return target;
  }

  private writeMap(values: TypeRef, src: string, hint: string, indent: string): string {
    const target = this.local(hint);
    const key = this.local('key', false);
    const type = typeText(this.context.file, { ref: 'map', values }, this.context);
    // Spreading first defines every key as an own property, so a `__proto__` key is copied, not run as a setter.
    this.lines.push(
      `${indent}const ${target}: ${type} = { ...${src} };`,
      `${indent}for (const ${key} in ${src}) {`,
    );
    const value = this.writeValue(values, `${src}[${key}]`, `${hint}Value`, `${indent}  `);
    this.lines.push(`${indent}  ${target}[${key}] = ${value};`, `${indent}}`);
    return target;
  }

  /** A fresh local name: `<hint>Copy`, or the bare hint for loop variables, numbered when taken. */
  private local(hint: string, copySuffix = true): string {
    const base = (isIdentifierName(hint) ? hint : hint.replace(/[^A-Za-z0-9_$]/g, '_').replace(/^(?=[0-9])/, '_')) +
      (copySuffix ? 'Copy' : '');
    let name = base;
    for (let n = 2; this.locals.has(name); n++) name = `${base}${n}`;
    this.locals.add(name);
    return name;
  }
}

import {
  blockOpeningDoc,
  callDoc,
  conditionalDoc,
  fluidAssignmentDoc,
  group,
  ifStatementDoc,
  indent as indentDoc,
  isIdentifierName,
  line,
  objectDoc,
  printDoc,
  propertyAccess,
  softline,
  typeText,
  type Doc,
  type TypeScriptFile,
  type TypeTextContext,
} from '@kubegen/emit';
import type { ApiField, MetaTypeName, TypeRef } from '@kubegen/model';
import { resolveRef } from './compatibility';

/** Runtime functions that copy the object-shaped meta types (the others are strings and numbers). */
const META_COPY_FUNCTIONS: Partial<Record<MetaTypeName, string>> = {
  TypeMeta: 'deepCopyTypeMeta',
  ObjectMeta: 'deepCopyObjectMeta',
  ListMeta: 'deepCopyListMeta',
  LabelSelector: 'deepCopyLabelSelector',
  Condition: 'deepCopyCondition',
  RawExtension: 'deepCopyRawExtension',
  JSONValue: 'deepCopyJSONValue',
};

/** A converted value: its layout document and how prettier lays it out on the right of `=`. */
interface Expression {
  readonly doc: Doc;
  /** Member chains and conditionals move below `=` whole; other expressions first try to break inside. */
  readonly breaksAfterOperator: boolean;
  /** The source read as it is (no copy needed). */
  readonly isSource?: boolean;
}

function source(src: string): Expression {
  return { doc: src, breaksAfterOperator: true, isSource: true };
}

function fluid(doc: Doc): Expression {
  return { doc, breaksAfterOperator: false };
}

/** `left = value;` laid out as prettier lays out the assignment. */
function assignmentDoc(left: string, value: Expression): Doc {
  const layout = value.breaksAfterOperator
    ? group([left, ' =', group(indentDoc([line, value.doc]))])
    : fluidAssignmentDoc(left, ' =', value.doc);
  return [layout, ';'];
}

export interface ValueWriterContext extends TypeTextContext {
  file: TypeScriptFile;
  /** The local name of the function converting a value of type `fromId` into `toId` (generated or hand-written). */
  convertFunctionOf(fromId: string, toId: string): string;
}

/**
 * Writes the statements of one conversion function. Like the generated deep copy, it builds new objects and
 * arrays throughout (the output shares nothing with the input) and leaves absent fields absent.
 */
export class ValueWriter {
  private lines: string[] = [];
  private readonly locals = new Set<string>(['input', 'out']);

  constructor(private readonly context: ValueWriterContext) {}

  /** The statements written so far. */
  output(): string[] {
    return this.lines;
  }

  /** Adds a line as it is (a comment). */
  push(text: string): void {
    this.lines.push(text);
  }

  /** Appends a statement laid out as prettier would at this indentation. */
  private pushDoc(indent: string, statement: Doc): void {
    this.lines.push(indent + printDoc(statement, indent.length));
  }

  /** Writes `out.<to> = <converted input.<from>>`, guarded when the source field is optional. */
  writeField(from: ApiField, to: ApiField, src: string, target: string, indent: string): void {
    const read = propertyAccess(src, from.name);
    const write = propertyAccess(target, to.name);
    if (!from.optional) {
      const value = this.writeValue(from.type, to.type, read, to.name, indent);
      this.pushDoc(indent, assignmentDoc(write, value));
      return;
    }
    const outer = this.lines;
    this.lines = [];
    const value = this.writeValue(from.type, to.type, read, to.name, `${indent}  `);
    const inner = this.lines;
    this.lines = outer;
    const test = `${read} !== undefined`;
    if (inner.length === 0) {
      this.pushDoc(indent, ifStatementDoc(test, assignmentDoc(write, value)));
      return;
    }
    this.pushDoc(indent, blockOpeningDoc('if', test));
    this.lines.push(...inner);
    this.pushDoc(`${indent}  `, assignmentDoc(write, value));
    this.lines.push(`${indent}}`);
  }

  /** Writes what converting `src` needs and returns the expression of the converted value. */
  writeValue(fromRef: TypeRef, toRef: TypeRef, src: string, hint: string, indent: string): Expression {
    const from = resolveRef(fromRef, this.context.types);
    const to = resolveRef(toRef, this.context.types);
    if (!from.nullable) return this.writeNonNull(from, to, src, hint, indent);
    const simple = this.expressionOf(from, to, src);
    if (simple !== undefined) {
      if (simple.isSource === true) return simple;
      return { doc: conditionalDoc(`${src} === null`, 'null', simple.doc), breaksAfterOperator: true };
    }
    const result = this.local(hint);
    const type = typeText(this.context.file, toRef, this.context);
    this.pushDoc(indent, [fluidAssignmentDoc(`let ${result}: ${type}`, ' =', 'null'), ';']);
    this.pushDoc(indent, blockOpeningDoc('if', `${src} !== null`));
    const value = this.writeNonNull({ ...from, nullable: false }, { ...to, nullable: false }, src, hint, `${indent}  `);
    this.pushDoc(`${indent}  `, assignmentDoc(result, value));
    this.lines.push(`${indent}}`);
    return fluid(result);
  }

  /** The converted value as one expression, when no statements are needed. */
  private expressionOf(from: TypeRef, to: TypeRef, src: string): Expression | undefined {
    const { file, runtimeModule } = this.context;
    switch (from.ref) {
      case 'scalar':
      case 'enum':
        return source(src);
      case 'meta': {
        const fn = META_COPY_FUNCTIONS[from.name];
        return fn === undefined ? source(src) : fluid(callDoc(file.importValue(fn, runtimeModule), [src]));
      }
      case 'named':
        if (to.ref === 'named' && from.id === to.id) {
          // A type both versions share (declared outside the API packages): copied through JSON.
          const copy = file.importValue('deepCopyJSONValue', runtimeModule);
          const json = file.importType('JSONValue', runtimeModule);
          const type = typeText(file, { ...to, nullable: false }, this.context);
          return fluid([callDoc(copy, [`${src} as unknown as ${json}`]), ` as unknown as ${type}`]);
        }
        return undefined;
      case 'array':
        // A call without arguments on a member chain: prettier moves it below `=` whole.
        return isPlainValue(from.items, this.context) ? { doc: `${src}.slice()`, breaksAfterOperator: true } : undefined;
      case 'map':
        return isPlainValue(from.values, this.context) ? fluid(objectDoc([`...${src}`])) : undefined;
      default:
        return undefined;
    }
  }

  private writeNonNull(from: TypeRef, to: TypeRef, src: string, hint: string, indent: string): Expression {
    const simple = this.expressionOf(from, to, src);
    if (simple !== undefined) return simple;
    const { file } = this.context;
    if (from.ref === 'named' && to.ref === 'named') {
      const target = this.local(hint);
      const type = typeText(file, { ...to, nullable: false }, this.context);
      this.pushDoc(indent, [fluidAssignmentDoc(`const ${target}`, ' =', `{} as ${type}`), ';']);
      this.pushDoc(indent, [callDoc(this.context.convertFunctionOf(from.id, to.id), [src, target]), ';']);
      return fluid(target);
    }
    if (from.ref === 'array' && to.ref === 'array') {
      const target = this.local(hint);
      const index = this.local('i', false);
      const type = typeText(file, { ref: 'array', items: to.items }, this.context);
      const init = callDoc('new Array', [`${src}.length`]);
      this.pushDoc(indent, [fluidAssignmentDoc(`const ${target}: ${type}`, ' =', init), ';']);
      this.pushDoc(indent, forOpeningDoc(`let ${index} = 0`, `${index} < ${target}.length`, `${index}++`));
      const item = this.writeValue(from.items, to.items, `${src}[${index}]`, `${hint}Item`, `${indent}  `);
      this.pushDoc(`${indent}  `, assignmentDoc(`${target}[${index}]`, item));
      this.lines.push(`${indent}}`);
      return fluid(target);
    }
    if (from.ref === 'map' && to.ref === 'map') {
      const target = this.local(hint);
      const key = this.local('key', false);
      const type = typeText(file, { ref: 'map', values: to.values }, this.context);
      // Spreading first makes every key an own property, so a `__proto__` key is converted, not run as a setter.
      const copy = [objectDoc([`...${src}`]), ` as unknown as ${type}`];
      this.pushDoc(indent, [fluidAssignmentDoc(`const ${target}`, ' =', copy), ';']);
      this.lines.push(`${indent}for (const ${key} in ${src}) {`);
      const value = this.writeValue(from.values, to.values, `${src}[${key}]`, `${hint}Value`, `${indent}  `);
      this.pushDoc(`${indent}  `, assignmentDoc(`${target}[${key}]`, value));
      this.lines.push(`${indent}}`);
      return fluid(target);
    }
    if (from.ref === 'struct' && to.ref === 'struct') {
      const target = this.local(hint);
      const type = typeText(file, { ...to, nullable: false }, this.context);
      this.pushDoc(indent, [fluidAssignmentDoc(`const ${target}`, ' =', `{} as ${type}`), ';']);
      for (const field of from.fields) {
        const peer = to.fields.find((f) => f.name === field.name) as ApiField;
        this.writeField(field, peer, src, target, indent);
      }
      return fluid(target);
    }
    throw new Error(`kubegen bug: no conversion from ${from.ref} to ${to.ref}`);
  }

  /** A fresh local name from a field name, numbered when taken. */
  private local(hint: string, suffix = true): string {
    const safe = isIdentifierName(hint) ? hint : hint.replace(/[^A-Za-z0-9_$]/g, '_').replace(/^(?=[0-9])/, '_');
    const base = suffix ? `${safe}Out` : safe;
    let name = base;
    for (let n = 2; this.locals.has(name); n++) name = `${base}${n}`;
    this.locals.add(name);
    return name;
  }
}

/** `for (init; test; update) {`, its clauses one per line when they do not fit. */
function forOpeningDoc(init: string, test: string, update: string): Doc {
  return ['for (', group([indentDoc([softline, init, ';', line, test, ';', line, update]), softline]), ') {'];
}

/** Values copied by assignment: scalars, enums and the string-or-number meta types. */
function isPlainValue(ref: TypeRef, context: TypeTextContext): boolean {
  const resolved = resolveRef(ref, context.types);
  if (resolved.ref === 'scalar' || resolved.ref === 'enum') return true;
  return resolved.ref === 'meta' && META_COPY_FUNCTIONS[resolved.name] === undefined;
}

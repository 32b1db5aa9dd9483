import {
  breakAfterOperatorDoc,
  callDoc,
  conditionChainDoc,
  blockOpeningDoc,
  conditionalDoc,
  group,
  indent as indentDoc,
  line,
  softline,
  ifStatementDoc,
  isBindingName,
  literalDoc,
  printDoc,
  propertyAccess,
  tsLiteral,
  tsString,
  type Doc,
  type LiteralValue,
  type TypeScriptFile,
  type TypeTextContext,
} from '@kubegen/emit';
import type { ApiField, ApiType, TypeRef } from '@kubegen/model';
import type { CelRule } from '@kubegen/cel';
import { isTransitionRule } from '@kubegen/cel/syntax';
import { constraintsOf, mergeConstraints, type Constraints } from './constraints';
import { META_STRUCTS, QUANTITY_PATTERN } from './meta-shapes';
import { PathExpr } from './path-expr';

/** What the writer needs from the file being generated. */
export interface ValidatorContext extends TypeTextContext {
  file: TypeScriptFile;
  /** Local name of the check function of a named struct type. */
  checkFunctionOf(id: string): string;
  /** Declares a module-level constant once per distinct text (`doc` lays it out); returns its name. */
  hoist(prefix: string, text: string, doc?: Doc): string;
  /** Imports a runtime helper; returns its local name. */
  runtime(name: string): string;
  /** Imports a `@kubegen/cel` export; returns its local name. */
  cel(name: string): string;
  /** True when checking a value of this type reads the old object (transition rules below it). */
  needsOld(ref: TypeRef): boolean;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Field constraints of a field, including `+k8s:immutable`'s rule. */
export function fieldConstraints(field: ApiField): Constraints {
  const c = constraintsOf(field.markers);
  if (field.markers.some((m) => m.name === 'k8s:immutable')) {
    const marker = field.markers.find((m) => m.name === 'k8s:immutable');
    if (marker !== undefined) c.rules.push({ rule: { rule: 'self == oldSelf', message: 'field is immutable' }, marker });
  }
  return c;
}

/** True when these constraints hold a rule that reads oldSelf. */
export function hasTransitionRule(c: Constraints): boolean {
  return c.rules.some((r) => isTransitionRule(r.rule.rule));
}

/**
 * Writes the statements that check one value. Values are checked in the order the API server does:
 * JSON type first, then the node's constraints, then its children, then its CEL rules. Every `value`
 * expression it is given is a local or a parameter (cheap to read twice) that is not undefined.
 */
export class ValidatorWriter {
  private lines: string[] = [];
  private readonly locals = new Set<string>(['v', 'old', 'path', 'errs']);
  private readonly inlining = new Set<string>();

  constructor(private readonly ctx: ValidatorContext) {}

  /** The statements written so far. */
  output(): string[] {
    return this.lines;
  }

  private rt(name: string): string {
    return this.ctx.runtime(name);
  }

  private at(path: PathExpr): Doc {
    return path.render(this.rt('childPath'), this.rt('pathText'));
  }

  private push(indent: string, line: string): void {
    this.lines.push(indent + line);
  }

  /** Appends a statement laid out as prettier would at this indentation. */
  private pushDoc(indent: string, statement: Doc): void {
    this.lines.push(indent + printDoc(statement, indent.length));
  }

  /** `if (test) {`, or `} else if (test) {` after `prefix`. */
  private openIf(indent: string, test: Doc, prefix = ''): void {
    this.pushDoc(indent, [prefix, blockOpeningDoc('if', test)]);
  }

  /** `if (test) errs.push(report);` */
  private ifError(indent: string, test: Doc, report: Doc): void {
    this.pushDoc(indent, ifStatementDoc(test, [callDoc('errs.push', [report]), ';']));
  }

  private local(hint: string): string {
    const base = isBindingName(hint) ? hint : hint.replace(/[^A-Za-z0-9_$]/g, '_').replace(/^(?=[0-9])/, '_');
    let name = base;
    for (let n = 2; this.locals.has(name) || !isBindingName(name); n++) name = `${base}${n}`;
    this.locals.add(name);
    return name;
  }

  private error(indent: string, report: Doc): void {
    this.pushDoc(indent, [callDoc('errs.push', [report]), ';']);
  }

  private typeError(indent: string, value: string, path: PathExpr, type: string): void {
    this.error(indent, callDoc(this.rt('typeInvalid'), [this.at(path), value, tsString(`must be of type ${type}`)]));
  }

  /** Runs `write` into a fresh buffer and returns the lines it wrote. */
  private capture(write: () => void): string[] {
    const outer = this.lines;
    this.lines = [];
    write();
    const inner = this.lines;
    this.lines = outer;
    return inner;
  }

  /** Checks the fields of an object already known to be a plain object `value`. */
  writeFields(fields: readonly ApiField[], value: string, old: string | undefined, path: PathExpr, indent: string): void {
    for (const field of fields) {
      const local = this.local(field.name);
      const c = fieldConstraints(field);
      const oldLocal = old !== undefined && (hasTransitionRule(c) || this.ctx.needsOld(field.type)) ? this.local(`old_${field.name}`) : undefined;
      const fieldPath = path.child(field.name);
      const checks = this.capture(() =>
        this.writeValue(field.type, c, constraintsOf(field.markers, true), local, oldLocal, fieldPath, `${indent}  `),
      );
      if (checks.length === 0 && !field.required) continue;
      if (oldLocal !== undefined) {
        const test = callDoc(this.rt('isPlainObject'), [old ?? '']);
        this.pushDoc(indent, [`const ${oldLocal} = `, conditionalDoc(test, propertyAccess(old ?? '', field.name), 'undefined'), ';']);
      }
      this.push(indent, `const ${local} = ${propertyAccess(value, field.name)};`);
      if (field.required) {
        this.openIf(indent, `${local} === undefined`);
        this.error(`${indent}  `, callDoc(this.rt('required'), [this.at(fieldPath), "''"]));
        if (checks.length > 0) this.lines.push(`${indent}} else {`, ...checks);
      } else {
        this.openIf(indent, `${local} !== undefined`);
        this.lines.push(...checks);
      }
      this.push(indent, '}');
    }
  }

  /** Checks `value`, which is not undefined, against a type reference and the node's constraints. */
  writeValue(
    ref: TypeRef,
    c: Constraints,
    items: Constraints,
    value: string,
    old: string | undefined,
    path: PathExpr,
    indent: string,
  ): void {
    if (ref.nullable) {
      const checks = this.capture(() => this.writeNonNull(ref, c, items, value, old, path, `${indent}  `));
      if (checks.length === 0) return;
      this.openIf(indent, `${value} !== null`);
      this.lines.push(...checks, `${indent}}`);
      return;
    }
    this.writeNonNull(ref, c, items, value, old, path, indent);
  }

  private writeNonNull(
    ref: TypeRef,
    c: Constraints,
    items: Constraints,
    value: string,
    old: string | undefined,
    path: PathExpr,
    indent: string,
  ): void {
    switch (ref.ref) {
      case 'scalar':
        return this.writeScalar(ref.scalar, c, value, old, path, indent);
      case 'enum':
        return this.writeTyped(`typeof ${value} === 'string'`, 'string', c.enum ? c : { ...c, enum: ref.values }, value, old, path, indent);
      case 'meta':
        return this.writeMeta(ref, c, value, old, path, indent);
      case 'named':
        return this.writeNamed(ref, c, items, value, old, path, indent);
      case 'array':
        return this.writeArray(ref.items, c, items, value, old, path, indent);
      case 'map':
        return this.writeMap(ref.values, c, value, old, path, indent);
      case 'struct':
        return this.writeObject(c, value, old, path, indent, (record) => this.writeFields(ref.fields, record, old, path, `${indent}  `));
    }
  }

  private writeScalar(scalar: string, c: Constraints, value: string, old: string | undefined, path: PathExpr, indent: string): void {
    switch (scalar) {
      case 'string':
        return this.writeTyped(`typeof ${value} === 'string'`, 'string', c, value, old, path, indent);
      case 'bytes':
        return this.writeTyped(`typeof ${value} === 'string'`, 'string', { format: 'byte', ...c }, value, old, path, indent);
      case 'boolean':
        return this.writeTyped(`typeof ${value} === 'boolean'`, 'boolean', c, value, old, path, indent);
      case 'int32':
      case 'int':
        return this.writeTyped(`typeof ${value} === 'number' && Number.isInteger(${value})`, 'integer', c, value, old, path, indent, true);
      case 'int64':
        return this.writeTyped(`typeof ${value} === 'number' && Number.isInteger(${value})`, 'integer', c, value, old, path, indent);
      default:
        return this.writeTyped(`typeof ${value} === 'number'`, 'number', c, value, old, path, indent);
    }
  }

  private writeMeta(ref: Extract<TypeRef, { ref: 'meta' }>, c: Constraints, value: string, old: string | undefined, path: PathExpr, indent: string): void {
    switch (ref.name) {
      case 'Time':
      case 'MicroTime':
        return this.writeTyped(`typeof ${value} === 'string'`, 'string', { format: 'date-time', ...c }, value, old, path, indent);
      case 'Duration':
        return this.writeTyped(`typeof ${value} === 'string'`, 'string', c, value, old, path, indent);
      case 'Quantity':
        return this.writeIntOrString({ pattern: QUANTITY_PATTERN, ...c }, value, old, path, indent);
      case 'IntOrString':
        return this.writeIntOrString(c, value, old, path, indent);
      case 'LabelSelector':
      case 'Condition': {
        const type = META_STRUCTS.get(ref.name)!;
        const named = { ref: 'named', id: type.id, name: type.name, package: type.package } as const;
        return this.writeNamed(named, c, { rules: [] }, value, old, path, indent);
      }
      case 'JSONValue':
        return this.writeRules(c, value, old, path, indent, 'object');
      default:
        // TypeMeta, ObjectMeta, ListMeta, RawExtension: objects; the API server checks metadata itself.
        return this.writeObject(c, value, old, path, indent, () => undefined);
    }
  }

  private writeIntOrString(c: Constraints, value: string, old: string | undefined, path: PathExpr, indent: string): void {
    this.openIf(indent, `typeof ${value} === 'string'`);
    this.writeStringChecks(c, value, path, `${indent}  `);
    this.openIf(indent, `!Number.isInteger(${value})`, '} else ');
    this.typeError(`${indent}  `, value, path, 'integer or string');
    this.push(indent, '}');
    this.writeRules(c, value, old, path, indent, 'string');
  }

  /** A JSON type test, then the checks of that type, else a type error. */
  private writeTyped(
    test: string,
    type: 'string' | 'boolean' | 'integer' | 'number',
    c: Constraints,
    value: string,
    old: string | undefined,
    path: PathExpr,
    indent: string,
    int32 = false,
  ): void {
    if (c.intOrString) return this.writeIntOrString(c, value, old, path, indent);
    const inner = `${indent}  `;
    const checks = this.capture(() => {
      if (type === 'string') this.writeStringChecks(c, value, path, inner);
      if (type === 'integer' || type === 'number') this.writeNumberChecks(c, value, path, inner, int32);
      if (c.enum !== undefined) this.writeEnum(c.enum, value, path, inner);
      this.writeRules(c, value, old, path, inner, type);
    });
    const operands = test.split(' && ');
    if (checks.length === 0) {
      // prettier hugs a negated chain to the if's own parentheses: `if (!(` … `)) {`.
      const negated = group([indentDoc([softline, conditionChainDoc('&&', operands)]), softline]);
      this.pushDoc(indent, ['if (!(', negated, ')) {']);
    } else {
      this.openIf(indent, conditionChainDoc('&&', operands));
      this.lines.push(...checks, `${indent}} else {`);
    }
    this.typeError(inner, value, path, type);
    this.push(indent, '}');
  }

  private writeStringChecks(c: Constraints, value: string, path: PathExpr, indent: string): void {
    const length = c.minLength !== undefined || c.maxLength !== undefined ? this.local('length') : undefined;
    if (length !== undefined) {
      // JSON schema counts characters (code points); the length in UTF-16 units bounds it from above.
      const needsCount = [
        c.maxLength !== undefined ? `${value}.length > ${c.maxLength}` : '',
        c.minLength !== undefined ? `${value}.length < ${2 * c.minLength}` : '',
      ].filter((x) => x !== '');
      const test = needsCount.length > 1 ? group(conditionChainDoc('||', needsCount)) : needsCount[0];
      const init = conditionalDoc(test, callDoc(this.rt('runeLength'), [value]), '-1');
      this.pushDoc(indent, [breakAfterOperatorDoc(`const ${length}`, ' =', init), ';']);
    }
    if (c.maxLength !== undefined) {
      this.ifError(indent, `${length} > ${c.maxLength}`, callDoc(this.rt('tooLong'), [this.at(path), value, String(c.maxLength)]));
    }
    if (c.minLength !== undefined) {
      const test = conditionChainDoc('&&', [`${length} !== -1`, `${length} < ${c.minLength}`]);
      this.ifError(indent, test, callDoc(this.rt('invalid'), [this.at(path), value, tsString(`should be at least ${c.minLength} chars long`)]));
    }
    if (c.pattern !== undefined) {
      const args = [tsString(c.pattern), "'u'"];
      const re = this.ctx.hoist('PATTERN', `new RegExp(${args.join(', ')})`, callDoc('new RegExp', args));
      this.ifError(indent, `!${re}.test(${value})`, callDoc(this.rt('invalid'), [this.at(path), value, tsString(`should match '${c.pattern}'`)]));
    }
    if (c.format !== undefined && FORMATS_CHECKED.has(c.format)) {
      const test = ['!', callDoc(this.rt('isValidFormat'), [tsString(c.format), value])];
      this.ifError(indent, test, callDoc(this.rt('typeInvalid'), [this.at(path), value, tsString(`must be of type ${c.format}`)]));
    }
  }

  private writeNumberChecks(c: Constraints, value: string, path: PathExpr, indent: string, int32: boolean): void {
    const invalid = (detail: string) => callDoc(this.rt('invalid'), [this.at(path), value, tsString(detail)]);
    if (int32 || c.format === 'int32') {
      const test = conditionChainDoc('||', [`${value} < ${INT32_MIN}`, `${value} > ${INT32_MAX}`]);
      this.ifError(indent, test, callDoc(this.rt('typeInvalid'), [this.at(path), value, "'must be of type int32'"]));
    }
    if (c.minimum !== undefined) {
      const op = c.exclusiveMinimum ? '<=' : '<';
      const words = c.exclusiveMinimum ? 'greater than' : 'greater than or equal to';
      this.ifError(indent, `${value} ${op} ${c.minimum}`, invalid(`should be ${words} ${c.minimum}`));
    }
    if (c.maximum !== undefined) {
      const op = c.exclusiveMaximum ? '>=' : '>';
      const words = c.exclusiveMaximum ? 'less than' : 'less than or equal to';
      this.ifError(indent, `${value} ${op} ${c.maximum}`, invalid(`should be ${words} ${c.maximum}`));
    }
    if (c.multipleOf !== undefined) {
      this.ifError(indent, `!Number.isInteger(${value} / ${c.multipleOf})`, invalid(`should be a multiple of ${c.multipleOf}`));
    }
  }

  private writeEnum(values: readonly unknown[], value: string, path: PathExpr, indent: string): void {
    const literal = tsLiteral(values as LiteralValue);
    const set = this.ctx.hoist('ENUM', `new Set<unknown>(${literal})`, callDoc('new Set<unknown>', [literalDoc(values as LiteralValue)]));
    const supported = values.filter((v): v is string | number | boolean => typeof v !== 'object' || v === null);
    const list = this.ctx.hoist('SUPPORTED', tsLiteral(supported as LiteralValue), literalDoc(supported as LiteralValue));
    this.ifError(indent, `!${set}.has(${value})`, callDoc(this.rt('notSupported'), [this.at(path), value, list]));
  }

  private writeRules(c: Constraints, value: string, old: string | undefined, path: PathExpr, indent: string, schemaType: string): void {
    if (c.rules.length === 0) return;
    const rules = c.rules.map((r) => ruleLiteral(r.rule));
    const doc = [literalDoc(c.rules.map((r) => r.rule as unknown as LiteralValue)), ' as const'];
    const name = this.ctx.hoist('RULES', `[${rules.join(', ')}] as const`, doc);
    const args = [name, value, old ?? 'undefined', this.at(path), tsString(schemaType), 'errs'];
    this.pushDoc(indent, [callDoc(this.ctx.cel('checkCelRules'), args), ';']);
  }

  /**
   * An object test, then `body` (given the name of the value typed as a record), else a type error. The
   * test is written out rather than a call to the runtime's isPlainObject: it runs once per object checked.
   */
  private writeObject(c: Constraints, value: string, old: string | undefined, path: PathExpr, indent: string, body: (record: string) => void): void {
    this.openIf(indent, objectTest(value));
    const inner = `${indent}  `;
    this.writePropertyCounts(c, value, path, inner);
    const record = this.local(`${value}Fields`);
    const fields = this.capture(() => body(record));
    if (fields.length > 0) this.lines.push(`${inner}const ${record} = ${value} as Record<string, unknown>;`, ...fields);
    this.writeRules(c, value, old, path, inner, 'object');
    this.push(indent, '} else {');
    this.typeError(inner, value, path, 'object');
    this.push(indent, '}');
  }

  private writePropertyCounts(c: Constraints, value: string, path: PathExpr, indent: string): void {
    if (c.minProperties === undefined && c.maxProperties === undefined) return;
    const count = this.local('count');
    this.push(indent, `const ${count} = Object.keys(${value}).length;`);
    if (c.maxProperties !== undefined) {
      this.ifError(indent, `${count} > ${c.maxProperties}`, callDoc(this.rt('tooMany'), [this.at(path), count, String(c.maxProperties)]));
    }
    if (c.minProperties !== undefined) {
      const detail = tsString(`should have at least ${c.minProperties} properties`);
      this.ifError(indent, `${count} < ${c.minProperties}`, callDoc(this.rt('invalid'), [this.at(path), count, detail]));
    }
  }

  private writeNamed(
    ref: Extract<TypeRef, { ref: 'named' }>,
    c: Constraints,
    items: Constraints,
    value: string,
    old: string | undefined,
    path: PathExpr,
    indent: string,
  ): void {
    const type = this.ctx.types.get(ref.id);
    if (type === undefined) throw new Error(`type ${ref.id} is not in the model`);
    const own = constraintsOf(type.markers);
    if (type.shape.form === 'enum') {
      return this.writeNonNull({ ref: 'enum', values: type.shape.values }, mergeConstraints(own, c), items, value, old, path, indent);
    }
    if (type.shape.form === 'alias' && !this.inlining.has(type.id)) {
      // An alias is checked in place, its markers under the field's, as controller-gen inlines it.
      this.inlining.add(type.id);
      const ownItems = constraintsOf(type.markers, true);
      this.writeValue(type.shape.target, mergeConstraints(own, c), mergeConstraints(ownItems, items), value, old, path, indent);
      this.inlining.delete(type.id);
      return;
    }
    // A struct has its own function, given the path steps down to the value; the field's object-level constraints are checked here.
    const steps = path.steps();
    if (steps.length > 0) this.pushDoc(indent, [callDoc('path.push', steps), ';']);
    this.pushDoc(indent, [callDoc(this.ctx.checkFunctionOf(ref.id), [value, old ?? 'undefined', 'path', 'errs']), ';']);
    for (let i = 0; i < steps.length; i++) this.push(indent, 'path.pop();');
    if (c.minProperties !== undefined || c.maxProperties !== undefined || c.rules.length > 0) {
      this.openIf(indent, objectTest(value));
      this.writePropertyCounts(c, value, path, `${indent}  `);
      this.writeRules(c, value, old, path, `${indent}  `, 'object');
      this.push(indent, '}');
    }
  }

  private writeArray(
    itemRef: TypeRef,
    c: Constraints,
    items: Constraints,
    value: string,
    old: string | undefined,
    path: PathExpr,
    indent: string,
  ): void {
    this.openIf(indent, `Array.isArray(${value})`);
    const inner = `${indent}  `;
    if (c.maxItems !== undefined) {
      this.ifError(inner, `${value}.length > ${c.maxItems}`, callDoc(this.rt('tooMany'), [this.at(path), `${value}.length`, String(c.maxItems)]));
    }
    if (c.minItems !== undefined) {
      const detail = tsString(`should have at least ${c.minItems} items`);
      this.ifError(inner, `${value}.length < ${c.minItems}`, callDoc(this.rt('invalid'), [this.at(path), `${value}.length`, detail]));
    }
    const i = this.local('i');
    const item = this.local('item');
    // Items of a list are not correlated with the old list (only listType=map items are, by key; not yet).
    const checks = this.capture(() => this.writeValue(itemRef, items, { rules: [] }, item, undefined, path.index(i), `${inner}  `));
    if (checks.length > 0) {
      const clauses = [`let ${i} = 0;`, line, `${i} < ${value}.length;`, line, `${i}++`];
      this.pushDoc(inner, group(['for (', indentDoc([softline, ...clauses]), softline, ') {']));
      this.push(`${inner}  `, `const ${item}: unknown = ${value}[${i}];`);
      this.lines.push(...checks);
      this.push(inner, '}');
    }
    this.writeListUniqueness(c, value, path, inner);
    this.writeRules(c, value, old, path, inner, 'array');
    this.push(indent, '} else {');
    this.typeError(inner, value, path, 'array');
    this.push(indent, '}');
  }

  private writeListUniqueness(c: Constraints, value: string, path: PathExpr, indent: string): void {
    const kind = c.listType === 'set' || c.uniqueItems ? 'set' : c.listType === 'map' && (c.listMapKeys?.length ?? 0) > 0 ? 'map' : undefined;
    if (kind === undefined) return;
    const keys = kind === 'map' ? this.ctx.hoist('MAP_KEYS', tsLiteral(c.listMapKeys ?? []), literalDoc(c.listMapKeys ?? [])) : 'undefined';
    const report = this.rt('checkListUniqueness');
    // The path is built, and the list walked a second time, only when there is a duplicate to report.
    const test = conditionChainDoc('&&', [`${value}.length > 1`, ['!', callDoc(this.rt('hasUniqueItems'), [value, keys])]]);
    this.pushDoc(indent, ifStatementDoc(test, [callDoc(report, [value, keys, this.at(path), 'errs']), ';']));
  }

  private writeMap(values: TypeRef, c: Constraints, value: string, old: string | undefined, path: PathExpr, indent: string): void {
    this.writeObject(c, value, old, path, indent, (record) => {
      const key = this.local('key');
      const entry = this.local('entry');
      const inner = `${indent}    `;
      const oldEntry = old !== undefined && this.ctx.needsOld(values) ? this.local('oldEntry') : undefined;
      const checks = this.capture(() => this.writeValue(values, { rules: [] }, { rules: [] }, entry, oldEntry, path.key(key), inner));
      if (checks.length === 0) return;
      this.push(`${indent}  `, `for (const ${key} in ${record}) {`);
      this.push(inner, `const ${entry}: unknown = ${record}[${key}];`);
      if (oldEntry !== undefined) {
        const test = callDoc(this.rt('isPlainObject'), [old ?? '']);
        this.pushDoc(inner, [`const ${oldEntry} = `, conditionalDoc(test, `${old}[${key}]`, 'undefined'), ';']);
      }
      this.lines.push(...checks);
      this.push(`${indent}  `, '}');
    });
  }
}

/** The test that `value` is a plain object, written out: it runs once per object checked. */
function objectTest(value: string): Doc {
  return conditionChainDoc('&&', [`typeof ${value} === 'object'`, `${value} !== null`, `!Array.isArray(${value})`]);
}

/** Formats kubegen checks; the API server ignores the others, and so does kubegen. */
const FORMATS_CHECKED = new Set(['date-time', 'date', 'byte', 'uuid', 'ipv4', 'ipv6', 'cidr', 'hostname', 'mac', 'email', 'uri']);

function ruleLiteral(rule: CelRule): string {
  return tsLiteral(rule as unknown as LiteralValue);
}

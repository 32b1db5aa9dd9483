import {
  breakAfterOperatorDoc,
  callDoc,
  conditionChainDoc,
  conditionalDoc,
  group,
  indent as indentDoc,
  line,
  softline,
  isBindingName,
  literalDoc,
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
import { call, chain, code, guarded, ifStatement, laidOut, notCall, statement, type Code, type Statement } from './statements';

/** What the writer needs from the file being generated. */
export interface ValidatorContext extends TypeTextContext {
  file: TypeScriptFile;
  /** Local name of the check function of a named struct type. */
  checkFunctionOf(id: string): string;
  /**
   * Declares a module-level constant once per distinct text; returns its name. `layout` lays out the
   * declaration `const <name> = <text>;`; without it, the declaration is short enough to need none.
   */
  hoist(prefix: string, text: string, layout?: (name: string) => Doc): string;
  /** Imports a runtime helper; returns its local name. */
  runtime(name: string): string;
  /** Imports a `@kubegen/cel` export; returns its local name. */
  cel(name: string): string;
  /** True when checking a value of this type reads the old object (transition rules below it). */
  needsOld(ref: TypeRef): boolean;
}

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

/** True for a `listType=map` list with keys, whose items the API server matches with the old list's by key. */
export function isKeyedList(c: Constraints): boolean {
  return c.listType === 'map' && (c.listMapKeys?.length ?? 0) > 0;
}

/**
 * Whether checking a list (constraints `c`, its items' `items`) reads the old list: only the items of a
 * keyed list are matched with old items (by key), so only there can a rule below the items read oldSelf.
 */
export function listReadsOld(c: Constraints, items: Constraints, itemRef: TypeRef, needsOld: (ref: TypeRef) => boolean): boolean {
  return isKeyedList(c) && (hasTransitionRule(items) || needsOld(itemRef));
}

/**
 * Writes the statements that check one value. Values are checked in the order the API server does:
 * JSON type first, then the node's constraints, then its children, then its CEL rules. Every `value`
 * expression it is given is a local or a parameter (cheap to read twice) that is not undefined. Each
 * failed check is one call of a runtime error helper given the path steps and the tail below them.
 */
export class ValidatorWriter {
  private out: Statement[] = [];
  private readonly locals = new Set<string>(['v', 'old', 'path', 'errs']);
  private readonly inlining = new Set<string>();

  constructor(private readonly ctx: ValidatorContext) {}

  /** The statements written so far. */
  output(): Statement[] {
    return this.out;
  }

  private rt(name: string): string {
    return this.ctx.runtime(name);
  }

  private emit(s: Statement): void {
    this.out.push(s);
  }

  /** `errs.push(helper(path, tail, ...args));`: the error helper builds the path only when called. */
  private report(helper: string, path: PathExpr, ...args: string[]): Code {
    return statement(call('errs.push', [call(this.rt(helper), [code('path'), path.tail(), ...args.map(code)])]));
  }

  /** `if (test) errs.push(helper(path, tail, ...args));` */
  private ifError(test: Code, helper: string, path: PathExpr, ...args: string[]): void {
    this.emit(ifStatement(test, [this.report(helper, path, ...args)]));
  }

  private typeError(value: string, path: PathExpr, type: string): Code {
    return this.report('wrongType', path, value, tsString(type));
  }

  private local(hint: string): string {
    const valid = isBindingName(hint);
    const base = valid ? hint : hint.replace(/[^A-Za-z0-9_$]/g, '_').replace(/^(?=[0-9])/, '_');
    let name = base;
    for (let n = 2, ok = valid || isBindingName(base); this.locals.has(name) || !ok; n++) {
      name = `${base}${n}`;
      ok = isBindingName(name);
    }
    this.locals.add(name);
    return name;
  }

  /** Runs `write` into a fresh list and returns the statements it wrote. */
  private capture(write: () => void): Statement[] {
    const outer = this.out;
    this.out = [];
    write();
    const inner = this.out;
    this.out = outer;
    return inner;
  }

  /** `const local = isPlainObject(old) ? old.name : undefined;` */
  private oldFieldConst(local: string, old: string, name: string): Code {
    const test = `${this.rt('isPlainObject')}(${old})`;
    const read = propertyAccess(old, name);
    return laidOut(`const ${local} = ${test} ? ${read} : undefined;`, () => [
      `const ${local} = `,
      conditionalDoc(callDoc(this.rt('isPlainObject'), [old]), read, 'undefined'),
      ';',
    ]);
  }

  /** Checks the fields of an object already known to be a plain object `value`. */
  writeFields(fields: readonly ApiField[], value: string, old: string | undefined, path: PathExpr): void {
    for (const field of fields) {
      const local = this.local(field.name);
      const c = fieldConstraints(field);
      const items = constraintsOf(field.markers, true);
      const readsOld =
        hasTransitionRule(c) ||
        this.ctx.needsOld(field.type) ||
        (field.type.ref === 'array' && listReadsOld(c, items, field.type.items, (r) => this.ctx.needsOld(r)));
      const oldLocal = old !== undefined && readsOld ? this.local(`old_${field.name}`) : undefined;
      const fieldPath = path.child(field.name);
      const checks = this.capture(() => this.writeValue(field.type, c, items, local, oldLocal, fieldPath));
      if (checks.length === 0 && !field.required) continue;
      if (oldLocal !== undefined) this.emit(this.oldFieldConst(oldLocal, old ?? '', field.name));
      this.emit(code(`const ${local} = ${propertyAccess(value, field.name)};`));
      if (field.required) {
        const missing = this.report('requiredAt', fieldPath);
        this.emit(ifStatement(code(`${local} === undefined`), [missing], checks.length > 0 ? checks : undefined));
      } else {
        this.emit(guarded(code(`${local} !== undefined`), checks));
      }
    }
  }

  /** Checks `value`, which is not undefined, against a type reference and the node's constraints. */
  writeValue(ref: TypeRef, c: Constraints, items: Constraints, value: string, old: string | undefined, path: PathExpr): void {
    if (ref.nullable) {
      const checks = this.capture(() => this.writeNonNull(ref, c, items, value, old, path));
      if (checks.length > 0) this.emit(guarded(code(`${value} !== null`), checks));
      return;
    }
    this.writeNonNull(ref, c, items, value, old, path);
  }

  private writeNonNull(ref: TypeRef, c: Constraints, items: Constraints, value: string, old: string | undefined, path: PathExpr): void {
    switch (ref.ref) {
      case 'scalar':
        return this.writeScalar(ref.scalar, c, value, old, path);
      case 'enum':
        return this.writeTyped(stringTest(value), 'string', c.enum ? c : { ...c, enum: ref.values }, value, old, path);
      case 'meta':
        return this.writeMeta(ref, c, value, old, path);
      case 'named':
        return this.writeNamed(ref, c, items, value, old, path);
      case 'array':
        return this.writeArray(ref.items, c, items, value, old, path);
      case 'map':
        return this.writeMap(ref.values, c, value, old, path);
      case 'struct':
        return this.writeObject(c, value, old, path, (record) => this.writeFields(ref.fields, record, old, path));
    }
  }

  private writeScalar(scalar: string, c: Constraints, value: string, old: string | undefined, path: PathExpr): void {
    switch (scalar) {
      case 'string':
        return this.writeTyped(stringTest(value), 'string', c, value, old, path);
      case 'bytes':
        return this.writeTyped(stringTest(value), 'string', { format: 'byte', ...c }, value, old, path);
      case 'boolean':
        return this.writeTyped(typeofTest(value, 'boolean'), 'boolean', c, value, old, path);
      case 'int32':
      case 'int':
        return this.writeTyped(integerTest(value), 'integer', c, value, old, path, true);
      case 'int64':
        return this.writeTyped(integerTest(value), 'integer', c, value, old, path);
      default:
        return this.writeTyped(typeofTest(value, 'number'), 'number', c, value, old, path);
    }
  }

  private writeMeta(ref: Extract<TypeRef, { ref: 'meta' }>, c: Constraints, value: string, old: string | undefined, path: PathExpr): void {
    switch (ref.name) {
      case 'Time':
      case 'MicroTime':
        return this.writeTyped(stringTest(value), 'string', { format: 'date-time', ...c }, value, old, path);
      case 'Duration':
        return this.writeTyped(stringTest(value), 'string', c, value, old, path);
      case 'Quantity':
        return this.writeIntOrString({ pattern: QUANTITY_PATTERN, ...c }, value, old, path);
      case 'IntOrString':
        return this.writeIntOrString(c, value, old, path);
      case 'LabelSelector':
      case 'Condition': {
        const type = META_STRUCTS.get(ref.name)!;
        const named = { ref: 'named', id: type.id, name: type.name, package: type.package } as const;
        return this.writeNamed(named, c, { rules: [] }, value, old, path);
      }
      case 'JSONValue':
        return this.writeRules(c, value, old, path, 'object');
      default:
        // TypeMeta, ObjectMeta, ListMeta, RawExtension: objects; the API server checks metadata itself.
        return this.writeObject(c, value, old, path, () => undefined);
    }
  }

  private writeIntOrString(c: Constraints, value: string, old: string | undefined, path: PathExpr): void {
    const checks = this.capture(() => this.writeStringChecks(c, value, path));
    const notInteger = code(`!Number.isInteger(${value})`);
    const typeError = this.typeError(value, path, 'integer or string');
    if (checks.length === 0) this.emit(ifStatement(chain('&&', [code(`typeof ${value} !== 'string'`), notInteger]), [typeError]));
    else this.emit(ifStatement(code(`typeof ${value} === 'string'`), checks, [ifStatement(notInteger, [typeError])]));
    this.writeRules(c, value, old, path, 'string');
  }

  /** A JSON type test, then the checks of that type, else a type error. */
  private writeTyped(
    test: TypeTest,
    type: 'string' | 'boolean' | 'integer' | 'number',
    c: Constraints,
    value: string,
    old: string | undefined,
    path: PathExpr,
    int32 = false,
  ): void {
    if (c.intOrString) return this.writeIntOrString(c, value, old, path);
    const checks = this.capture(() => {
      if (type === 'string') this.writeStringChecks(c, value, path);
      if (type === 'integer' || type === 'number') this.writeNumberChecks(c, value, path, int32);
      if (c.enum !== undefined) this.writeEnum(c.enum, value, path);
      this.writeRules(c, value, old, path, type);
    });
    const typeError = this.typeError(value, path, type);
    if (checks.length === 0) this.emit(ifStatement(test.fails, [typeError]));
    else this.emit(ifStatement(test.holds, checks, [typeError]));
  }

  private writeStringChecks(c: Constraints, value: string, path: PathExpr): void {
    const length = c.minLength !== undefined || c.maxLength !== undefined ? this.local('length') : undefined;
    if (length !== undefined) {
      // JSON schema counts characters (code points); the length in UTF-16 units bounds it from above.
      const needsCount = [
        c.maxLength !== undefined ? `${value}.length > ${c.maxLength}` : '',
        c.minLength !== undefined ? `${value}.length < ${2 * c.minLength}` : '',
      ].filter((x) => x !== '');
      const runes = `${this.rt('runeLength')}(${value})`;
      this.emit(
        laidOut(`const ${length} = ${needsCount.join(' || ')} ? ${runes} : -1;`, () => {
          const test = needsCount.length > 1 ? group(conditionChainDoc('||', needsCount)) : needsCount[0];
          const init = conditionalDoc(test, callDoc(this.rt('runeLength'), [value]), '-1');
          return [breakAfterOperatorDoc(`const ${length}`, ' =', init), ';'];
        }),
      );
    }
    if (c.maxLength !== undefined) this.ifError(code(`${length} > ${c.maxLength}`), 'tooLongAt', path, value, String(c.maxLength));
    if (c.minLength !== undefined) {
      this.ifError(chain('&&', [code(`${length} !== -1`), code(`${length} < ${c.minLength}`)]), 'tooShort', path, value, String(c.minLength));
    }
    if (c.pattern !== undefined) {
      const literal = tsString(c.pattern);
      const text = this.ctx.hoist('PATTERN', literal, (name) => [breakAfterOperatorDoc(`const ${name}`, ' =', literal), ';']);
      const re = this.ctx.hoist('REGEXP', `new RegExp(${text}, 'u')`);
      this.ifError(code(`!${re}.test(${value})`), 'noMatch', path, value, text);
    }
    if (c.format !== undefined && FORMATS_CHECKED.has(c.format)) {
      const format = tsString(c.format);
      this.ifError(notCall(this.rt('isValidFormat'), [code(format), code(value)]), 'wrongType', path, value, format);
    }
  }

  private writeNumberChecks(c: Constraints, value: string, path: PathExpr, int32: boolean): void {
    if (int32 || c.format === 'int32') this.ifError(notCall(this.rt('isInt32'), [code(value)]), 'wrongType', path, value, "'int32'");
    if (c.minimum !== undefined) {
      const op = c.exclusiveMinimum ? '<=' : '<';
      const args = c.exclusiveMinimum ? [String(c.minimum), 'true'] : [String(c.minimum)];
      this.ifError(code(`${value} ${op} ${c.minimum}`), 'belowMinimum', path, value, ...args);
    }
    if (c.maximum !== undefined) {
      const op = c.exclusiveMaximum ? '>=' : '>';
      const args = c.exclusiveMaximum ? [String(c.maximum), 'true'] : [String(c.maximum)];
      this.ifError(code(`${value} ${op} ${c.maximum}`), 'aboveMaximum', path, value, ...args);
    }
    if (c.multipleOf !== undefined) {
      this.ifError(code(`!Number.isInteger(${value} / ${c.multipleOf})`), 'notMultipleOf', path, value, String(c.multipleOf));
    }
  }

  private writeEnum(values: readonly unknown[], value: string, path: PathExpr): void {
    const { literal, supported } = enumLiterals(values);
    const set = this.ctx.hoist('ENUM', `new Set<unknown>(${literal})`, (name) => declaration(name, callDoc('new Set<unknown>', [literalDoc(values as LiteralValue)])));
    const list = this.ctx.hoist('SUPPORTED', supported, (name) => declaration(name, literalDoc(supportedValues(values) as LiteralValue)));
    this.ifError(code(`!${set}.has(${value})`), 'notSupportedAt', path, value, list);
  }

  private writeRules(c: Constraints, value: string, old: string | undefined, path: PathExpr, schemaType: string): void {
    if (c.rules.length === 0) return;
    const rules = c.rules.map((r) => ruleLiteral(r.rule));
    const doc = [literalDoc(c.rules.map((r) => r.rule as unknown as LiteralValue)), ' as const'];
    const name = this.ctx.hoist('RULES', `[${rules.join(', ')}] as const`, (constant) => declaration(constant, doc));
    // CEL rules take the path string itself: it is built whether or not a rule fails.
    const at = call(this.rt('pathAt'), [code('path'), path.tail()]);
    this.emit(statement(call(this.ctx.cel('checkCelRules'), [code(name), code(value), code(old ?? 'undefined'), at, code(tsString(schemaType)), code('errs')])));
  }

  /**
   * An object test, then `body` (given the name of the value typed as a record), else a type error. The
   * test is written out rather than a call to the runtime's isPlainObject: it runs once per object checked.
   */
  private writeObject(c: Constraints, value: string, old: string | undefined, path: PathExpr, body: (record: string) => void): void {
    const record = this.local(`${value}Fields`);
    const checks = this.capture(() => {
      this.writePropertyCounts(c, value, path);
      const fields = this.capture(() => body(record));
      if (fields.length > 0) this.emit(code(`const ${record} = ${value} as Record<string, unknown>;`));
      this.out.push(...fields);
      this.writeRules(c, value, old, path, 'object');
    });
    const typeError = this.typeError(value, path, 'object');
    if (checks.length === 0) this.emit(ifStatement(notCall(this.rt('isPlainObject'), [code(value)]), [typeError]));
    else this.emit(ifStatement(objectTest(value), checks, [typeError]));
  }

  private writePropertyCounts(c: Constraints, value: string, path: PathExpr): void {
    if (c.minProperties === undefined && c.maxProperties === undefined) return;
    const count = this.local('count');
    this.emit(code(`const ${count} = Object.keys(${value}).length;`));
    if (c.maxProperties !== undefined) this.ifError(code(`${count} > ${c.maxProperties}`), 'tooManyAt', path, count, String(c.maxProperties));
    if (c.minProperties !== undefined) this.ifError(code(`${count} < ${c.minProperties}`), 'tooFewProperties', path, count, String(c.minProperties));
  }

  private writeNamed(
    ref: Extract<TypeRef, { ref: 'named' }>,
    c: Constraints,
    items: Constraints,
    value: string,
    old: string | undefined,
    path: PathExpr,
  ): void {
    const type = this.ctx.types.get(ref.id);
    if (type === undefined) throw new Error(`type ${ref.id} is not in the model`);
    const own = constraintsOf(type.markers);
    if (type.shape.form === 'enum') {
      return this.writeNonNull({ ref: 'enum', values: type.shape.values }, mergeConstraints(own, c), items, value, old, path);
    }
    if (type.shape.form === 'alias' && !this.inlining.has(type.id)) {
      // An alias is checked in place, its markers under the field's, as controller-gen inlines it.
      this.inlining.add(type.id);
      const ownItems = constraintsOf(type.markers, true);
      this.writeValue(type.shape.target, mergeConstraints(own, c), mergeConstraints(ownItems, items), value, old, path);
      this.inlining.delete(type.id);
      return;
    }
    // A struct has its own function, given the path steps down to the value; the field's object-level constraints are checked here.
    const steps = path.steps();
    if (steps.length > 0) this.emit(statement(call('path.push', steps)));
    this.emit(statement(call(this.ctx.checkFunctionOf(ref.id), [code(value), code(old ?? 'undefined'), code('path'), code('errs')])));
    for (let i = 0; i < steps.length; i++) this.emit(code('path.pop();'));
    if (c.minProperties !== undefined || c.maxProperties !== undefined || c.rules.length > 0) {
      const checks = this.capture(() => {
        this.writePropertyCounts(c, value, path);
        this.writeRules(c, value, old, path, 'object');
      });
      this.emit(ifStatement(objectTest(value), checks));
    }
  }

  private writeArray(itemRef: TypeRef, c: Constraints, items: Constraints, value: string, old: string | undefined, path: PathExpr): void {
    const checks = this.capture(() => {
      if (c.maxItems !== undefined) this.ifError(code(`${value}.length > ${c.maxItems}`), 'tooManyAt', path, `${value}.length`, String(c.maxItems));
      if (c.minItems !== undefined) this.ifError(code(`${value}.length < ${c.minItems}`), 'tooFewItems', path, `${value}.length`, String(c.minItems));
      const i = this.local('i');
      const item = this.local('item');
      // Only the items of a keyed list are matched with old items (by key), as the API server does.
      const correlated = old !== undefined && listReadsOld(c, items, itemRef, (r) => this.ctx.needsOld(r));
      const oldItems = correlated ? this.local('oldItems') : undefined;
      const oldItem = correlated ? this.local('oldItem') : undefined;
      const itemChecks = this.capture(() => this.writeValue(itemRef, items, { rules: [] }, item, oldItem, path.index(i)));
      if (itemChecks.length > 0) {
        const clauses = [`let ${i} = 0;`, line, `${i} < ${value}.length;`, line, `${i}++`];
        const opening = laidOut(`for (let ${i} = 0; ${i} < ${value}.length; ${i}++) {`, () =>
          group(['for (', indentDoc([softline, ...clauses]), softline, ') {']),
        );
        const body: Statement[] = [code(`const ${item}: unknown = ${value}[${i}];`)];
        if (oldItems !== undefined && oldItem !== undefined) {
          const keys = this.mapKeysConstant(c);
          this.emit(this.constCall(oldItems, 'mapListIndex', [old ?? '', keys]));
          body.push(this.constCall(oldItem, 'correlatedItem', [oldItems, item, keys]));
        }
        this.emit({ kind: 'block', opening, body: [...body, ...itemChecks] });
      }
      this.writeListUniqueness(c, value, path);
      this.writeRules(c, value, old, path, 'array');
    });
    const typeError = this.typeError(value, path, 'array');
    if (checks.length === 0) this.emit(ifStatement(code(`!Array.isArray(${value})`), [typeError]));
    else this.emit(ifStatement(code(`Array.isArray(${value})`), checks, [typeError]));
  }

  /** The module-level constant holding a keyed list's key fields. */
  private mapKeysConstant(c: Constraints): string {
    const keys = c.listMapKeys ?? [];
    return this.ctx.hoist('MAP_KEYS', tsLiteral(keys), (name) => declaration(name, literalDoc(keys)));
  }

  /** `const local = helper(args);`, the helper a runtime one. */
  private constCall(local: string, helper: string, args: readonly string[]): Code {
    const callee = this.rt(helper);
    return laidOut(`const ${local} = ${callee}(${args.join(', ')});`, () => [`const ${local} = `, callDoc(callee, args), ';']);
  }

  private writeListUniqueness(c: Constraints, value: string, path: PathExpr): void {
    const kind = c.listType === 'set' || c.uniqueItems ? 'set' : c.listType === 'map' && (c.listMapKeys?.length ?? 0) > 0 ? 'map' : undefined;
    if (kind === undefined) return;
    const keys = kind === 'map' ? this.mapKeysConstant(c) : 'undefined';
    // The path is built, and the list walked a second time, only when there is a duplicate to report.
    const test = chain('&&', [code(`${value}.length > 1`), notCall(this.rt('hasUniqueItems'), [code(value), code(keys)])]);
    const at = call(this.rt('pathAt'), [code('path'), path.tail()]);
    this.emit(ifStatement(test, [statement(call(this.rt('checkListUniqueness'), [code(value), code(keys), at, code('errs')]))]));
  }

  private writeMap(values: TypeRef, c: Constraints, value: string, old: string | undefined, path: PathExpr): void {
    this.writeObject(c, value, old, path, (record) => {
      const key = this.local('key');
      const entry = this.local('entry');
      const oldEntry = old !== undefined && this.ctx.needsOld(values) ? this.local('oldEntry') : undefined;
      const checks = this.capture(() => this.writeValue(values, { rules: [] }, { rules: [] }, entry, oldEntry, path.key(key)));
      if (checks.length === 0) return;
      const body: Statement[] = [code(`const ${entry}: unknown = ${record}[${key}];`)];
      if (oldEntry !== undefined) {
        const test = `${this.rt('isPlainObject')}(${old})`;
        body.push(
          laidOut(`const ${oldEntry} = ${test} ? ${old}[${key}] : undefined;`, () => [
            `const ${oldEntry} = `,
            conditionalDoc(callDoc(this.rt('isPlainObject'), [old ?? '']), `${old}[${key}]`, 'undefined'),
            ';',
          ]),
        );
      }
      this.emit({ kind: 'block', opening: code(`for (const ${key} in ${record}) {`), body: [...body, ...checks] });
    });
  }
}

/**
 * The texts of an enum's values and of its scalar values (listed in the error), by values list: a kind's
 * enum types and Enum markers are read at every use, and their lists are the same objects each time.
 */
const ENUM_LITERALS = new WeakMap<readonly unknown[], { literal: string; supported: string }>();

function enumLiterals(values: readonly unknown[]): { literal: string; supported: string } {
  let texts = ENUM_LITERALS.get(values);
  if (texts === undefined) {
    texts = { literal: tsLiteral(values as LiteralValue), supported: tsLiteral(supportedValues(values) as LiteralValue) };
    ENUM_LITERALS.set(values, texts);
  }
  return texts;
}

function supportedValues(values: readonly unknown[]): (string | number | boolean)[] {
  return values.filter((v): v is string | number | boolean => typeof v !== 'object' || v === null);
}

/** `const name = value;` as hoisted constants are laid out (the value hugs the `=`). */
function declaration(name: string, value: Doc): Doc {
  return [`const ${name} = `, value, ';'];
}

/** The test that a value is of a JSON type, and its negation (the test when there is nothing else to check). */
interface TypeTest {
  holds: Code;
  fails: Code;
}

function typeofTest(value: string, type: string): TypeTest {
  return { holds: code(`typeof ${value} === '${type}'`), fails: code(`typeof ${value} !== '${type}'`) };
}

function stringTest(value: string): TypeTest {
  return typeofTest(value, 'string');
}

/** `Number.isInteger` is false for anything but a number; the typeof is there to narrow the type for the checks. */
function integerTest(value: string): TypeTest {
  return { holds: chain('&&', [code(`typeof ${value} === 'number'`), code(`Number.isInteger(${value})`)]), fails: code(`!Number.isInteger(${value})`) };
}

/** The test that `value` is a plain object, written out: it runs once per object checked. */
function objectTest(value: string): Code {
  return chain('&&', [code(`typeof ${value} === 'object'`), code(`${value} !== null`), code(`!Array.isArray(${value})`)]);
}

/** Formats kubegen checks; the API server ignores the others, and so does kubegen. */
const FORMATS_CHECKED = new Set(['date-time', 'date', 'byte', 'uuid', 'ipv4', 'ipv6', 'cidr', 'hostname', 'mac', 'email', 'uri']);

function ruleLiteral(rule: CelRule): string {
  return tsLiteral(rule as unknown as LiteralValue);
}

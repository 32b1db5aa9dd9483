import {
  blockOpeningDoc,
  breakAfterOperatorDoc,
  callDoc,
  conditionChainDoc,
  fluidAssignmentDoc,
  ifStatementDoc,
  literalAssignmentDoc,
  printDoc,
  propertyAccess,
  relativeModule,
  typeText,
  type Doc,
  type TypeScriptFile,
  type TypeTextContext,
} from '@kubegen/emit';
import type { MarkerValue } from '@kubegen/markers';
import type { ApiField, TypeRef } from '@kubegen/model';
import { resolveAlias } from './default-values';
import type { DefaultsPlan, ResolvedDefault } from './plan';

export interface DefaulterContext extends TypeTextContext {
  file: TypeScriptFile;
  plan: DefaultsPlan;
  /** Local name of the function that defaults a struct type of the model, by id. */
  functionOf(id: string): string;
}

/** Prints the body of a defaulting function, one node of defaulter-gen's call tree at a time. */
export class DefaulterWriter {
  private readonly lines: string[] = [];
  private counter = 0;

  constructor(private readonly ctx: DefaulterContext) {}

  /** The printed lines. */
  output(): string[] {
    return this.lines;
  }

  /**
   * Defaults the struct in `obj` (already known to be an object): the hand-written hook first, then the
   * defaults of absent fields, then the fields' own values, in field order, as defaulter-gen orders them.
   */
  writeStruct(fields: readonly ApiField[], obj: string, hookOf: string | undefined, indent: string): void {
    if (hookOf !== undefined) {
      const hook = this.ctx.plan.hooks.get(hookOf);
      if (hook !== undefined) {
        const hookName = this.ctx.file.importValue(hook.name, relativeModule(this.ctx.file.path, hook.file));
        this.pushDoc(indent, [callDoc(hookName, [obj]), ';']);
      }
    }
    for (const field of fields) {
      const value = this.ctx.plan.fieldDefault(field);
      if (value === undefined) continue;
      const access = propertyAccess(obj, field.name);
      this.pushDoc(indent, ifStatementDoc(`${access} === undefined`, [this.defaultAssignment(access, value, field.type), ';']));
    }
    for (const field of fields) {
      if (this.ctx.plan.needs(field.type)) this.writeValue(field.type, propertyAccess(obj, field.name), indent);
    }
  }

  private writeValue(ref: TypeRef, expr: string, indent: string): void {
    const resolved = resolveAlias(ref, this.ctx.plan.types);
    switch (resolved.ref) {
      case 'named':
        this.pushDoc(indent, ifStatementDoc(isObject(expr), [callDoc(this.ctx.functionOf(resolved.id), [expr]), ';']));
        return;
      case 'array': {
        const item = this.local('item');
        this.pushDoc(indent, blockOpeningDoc('if', callDoc('Array.isArray', [expr])));
        this.lines.push(`${indent}  for (const ${item} of ${expr}) {`);
        this.writeValue(resolved.items, item, `${indent}    `);
        this.lines.push(`${indent}  }`, `${indent}}`);
        return;
      }
      case 'map': {
        const value = this.local('value');
        this.pushDoc(indent, blockOpeningDoc('if', isObject(expr)));
        this.pushDoc(`${indent}  `, [`for (const ${value} of `, callDoc('Object.values', [expr]), ') {']);
        this.writeValue(resolved.values, value, `${indent}    `);
        this.lines.push(`${indent}  }`, `${indent}}`);
        return;
      }
      case 'struct': {
        const inline = this.local('inline');
        this.pushDoc(indent, [breakAfterOperatorDoc(`const ${inline}`, ' =', expr), ';']);
        this.pushDoc(indent, blockOpeningDoc('if', isObject(inline)));
        this.writeStruct(resolved.fields, inline, undefined, `${indent}  `);
        this.lines.push(`${indent}}`);
        return;
      }
      default:
        return;
    }
  }

  /** `target = default`, a fresh value for each call: literals build new objects; a const is copied unless it is a scalar. */
  private defaultAssignment(target: string, value: ResolvedDefault, ref: TypeRef): Doc {
    if (value.kind === 'value') return literalAssignmentDoc(target, ' =', runtimeValue(value.value, ref, this.ctx));
    const name = this.ctx.file.importValue(value.constant.name, relativeModule(this.ctx.file.path, value.constant.file));
    const scalar = value.constant.value !== undefined && (value.constant.value === null || typeof value.constant.value !== 'object');
    if (scalar) return fluidAssignmentDoc(target, ' =', name);
    const copy = [callDoc('JSON.parse', [callDoc('JSON.stringify', [name])]), ` as ${typeText(this.ctx.file, ref, this.ctx)}`];
    return fluidAssignmentDoc(target, ' =', copy);
  }

  /** Appends a statement laid out as prettier would at this indentation. */
  private pushDoc(indent: string, statement: Doc): void {
    this.lines.push(indent + printDoc(statement, indent.length));
  }

  private local(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }
}

/** `typeof expr === 'object' && expr !== null`, as the test of an `if`. */
function isObject(expr: string): Doc {
  return conditionChainDoc('&&', [`typeof ${expr} === 'object'`, `${expr} !== null`]);
}

/** The value as the field holds it at run time: a Quantity written as a number is a string, as Kubernetes decodes it. */
function runtimeValue(value: MarkerValue, ref: TypeRef, ctx: DefaulterContext): MarkerValue {
  if (value === null) return value;
  const resolved = resolveAlias(ref, ctx.plan.types);
  if (resolved.ref === 'meta' && resolved.name === 'Quantity' && typeof value === 'number') return String(value);
  if (resolved.ref === 'array' && Array.isArray(value)) return value.map((v) => runtimeValue(v, resolved.items, ctx));
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  if (resolved.ref === 'map') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, runtimeValue(v, resolved.values, ctx)]));
  const fields = resolved.ref === 'struct' ? resolved.fields : resolved.ref === 'named' ? structFields(resolved.id, ctx) : undefined;
  if (fields === undefined) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      const f = fields.find((c) => c.name === k);
      return [k, f === undefined ? v : runtimeValue(v, f.type, ctx)];
    }),
  );
}

function structFields(id: string, ctx: DefaulterContext): readonly ApiField[] | undefined {
  const type = ctx.plan.types.get(id);
  return type?.shape.form === 'struct' ? type.shape.fields : undefined;
}

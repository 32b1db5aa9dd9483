import { propertyAccess, relativeModule, tsLiteral, typeText, type TypeScriptFile, type TypeTextContext } from '@kubegen/emit';
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
      if (hook !== undefined) this.lines.push(`${indent}${this.ctx.file.importValue(hook.name, relativeModule(this.ctx.file.path, hook.file))}(${obj});`);
    }
    for (const field of fields) {
      const value = this.ctx.plan.fieldDefault(field);
      if (value === undefined) continue;
      const access = propertyAccess(obj, field.name);
      this.lines.push(`${indent}if (${access} === undefined) ${access} = ${this.defaultExpression(value, field.type, indent)};`);
    }
    for (const field of fields) {
      if (this.ctx.plan.needs(field.type)) this.writeValue(field.type, propertyAccess(obj, field.name), indent);
    }
  }

  private writeValue(ref: TypeRef, expr: string, indent: string): void {
    const resolved = resolveAlias(ref, this.ctx.plan.types);
    switch (resolved.ref) {
      case 'named':
        this.lines.push(`${indent}if (typeof ${expr} === 'object' && ${expr} !== null) ${this.ctx.functionOf(resolved.id)}(${expr});`);
        return;
      case 'array': {
        const item = this.local('item');
        this.lines.push(`${indent}if (Array.isArray(${expr})) {`, `${indent}  for (const ${item} of ${expr}) {`);
        this.writeValue(resolved.items, item, `${indent}    `);
        this.lines.push(`${indent}  }`, `${indent}}`);
        return;
      }
      case 'map': {
        const value = this.local('value');
        this.lines.push(`${indent}if (typeof ${expr} === 'object' && ${expr} !== null) {`, `${indent}  for (const ${value} of Object.values(${expr})) {`);
        this.writeValue(resolved.values, value, `${indent}    `);
        this.lines.push(`${indent}  }`, `${indent}}`);
        return;
      }
      case 'struct': {
        const inline = this.local('inline');
        this.lines.push(`${indent}const ${inline} = ${expr};`, `${indent}if (typeof ${inline} === 'object' && ${inline} !== null) {`);
        this.writeStruct(resolved.fields, inline, undefined, `${indent}  `);
        this.lines.push(`${indent}}`);
        return;
      }
      default:
        return;
    }
  }

  /** A fresh value for each call: literals build new objects; a const is copied unless it is a scalar. */
  private defaultExpression(value: ResolvedDefault, ref: TypeRef, indent: string): string {
    if (value.kind === 'value') return tsLiteral(runtimeValue(value.value, ref, this.ctx), indent);
    const name = this.ctx.file.importValue(value.constant.name, relativeModule(this.ctx.file.path, value.constant.file));
    const scalar = value.constant.value !== undefined && (value.constant.value === null || typeof value.constant.value !== 'object');
    return scalar ? name : `JSON.parse(JSON.stringify(${name})) as ${typeText(this.ctx.file, ref, this.ctx)}`;
  }

  private local(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }
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

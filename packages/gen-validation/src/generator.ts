import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import {
  DEFAULT_RUNTIME_MODULE,
  arrowDoc,
  callDoc,
  callHuggingLastDoc,
  conditionalDoc,
  createTypeScriptFile,
  group,
  indent,
  line,
  printDoc,
  indexTypes,
  inScope,
  namedTypeText,
  packageFile,
  relativeModule,
  tsString,
  type GeneratedFile,
  type Doc,
  type Generator,
  type TypeScriptFile,
} from '@kubegen/emit';
import type { ApiField, ApiFunction, ApiModel, ApiPackage, ApiType, TypeRef } from '@kubegen/model';
import { checkTypes } from './checks';
import { constraintsOf, oneOfRules, type Constraints } from './constraints';
import { PathExpr } from './path-expr';
import { printStatements } from './statements';
import { META_STRUCTS, metaStructsIn } from './meta-shapes';
import { reachableStructs, shapeRefs } from './reachable';
import { ValidatorWriter, fieldConstraints, hasTransitionRule, listReadsOld, type ValidatorContext } from './validator-writer';

/** File name of the generated validators of a package. */
export const VALIDATION_FILE = 'zz_generated.validation.ts';

/** Module generated validators import CEL evaluation from. */
export const CEL_MODULE = '@kubegen/cel';

/** Name of the hand-written validation hook of a type. */
export function validationHookName(typeName: string): string {
  return `validate_${typeName}`;
}

/** Generates `zz_generated.validation.ts`: `validate<Kind>`, `validate<Kind>Update` and `registerValidations(scheme)`. */
export const validationGenerator: Generator = {
  name: 'validation',
  preformatted: true,
  description: 'validate<Kind>(obj), validate<Kind>Update(obj, old) and registerValidations (zz_generated.validation.ts): schema markers, CEL rules, ObjectMeta',
  perGroup: true,
  generate(model, options, scope) {
    const types = indexTypes(model);
    // The meta structs are checked by functions of their own; no model type has their ids.
    for (const meta of META_STRUCTS.values()) types.set(meta.id, meta);
    const files: GeneratedFile[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const pkg of model.packages) {
      if (pkg.internal || !inScope(pkg.group, scope)) continue;
      const kinds = pkg.types.filter((t) => t.kind !== undefined);
      if (kinds.length === 0) continue;
      const problems: Diagnostic[] = [];
      const structs = reachableStructs(kinds, types, (from, id) =>
        problems.push(error(Codes.UnresolvedType, `${from.name} refers to type ${id}, which the model does not hold`, from.position)),
      );
      const reachable = reachableTypes(kinds, types);
      problems.push(...checkTypes(reachable, types, kinds));
      const hooks = findHooks(model, structs, problems);
      diagnostics.push(...problems);
      if (problems.some((d) => d.severity === 'error')) continue;
      const metas = metaStructsIn(reachable.flatMap(shapeRefs));
      files.push(writeValidationFile(pkg, kinds, [...metas, ...structs], hooks, types, options.runtimeModule ?? DEFAULT_RUNTIME_MODULE, options.header));
    }
    return { files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), diagnostics };
  },
};

function reachableTypes(kinds: ApiType[], types: ReadonlyMap<string, ApiType>): ApiType[] {
  const out = new Map<string, ApiType>();
  const visit = (t: ApiType) => {
    if (out.has(t.id)) return;
    out.set(t.id, t);
    const refs: TypeRef[] = t.shape.form === 'struct' ? t.shape.fields.map((f) => f.type) : t.shape.form === 'alias' ? [t.shape.target] : [];
    const walk = (r: TypeRef): void => {
      if (r.ref === 'named') {
        const target = types.get(r.id);
        if (target !== undefined) visit(target);
      } else if (r.ref === 'array') walk(r.items);
      else if (r.ref === 'map') walk(r.values);
      else if (r.ref === 'struct') r.fields.forEach((f) => walk(f.type));
    };
    refs.forEach(walk);
  };
  kinds.forEach(visit);
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The hand-written `validate_<Type>` hooks of the reachable types, by type id; a wrong signature is an error. */
function findHooks(model: ApiModel, structs: readonly ApiType[], problems: Diagnostic[]): Map<string, ApiFunction> {
  const byPackage = new Map(model.packages.map((p) => [p.dir, p]));
  const hooks = new Map<string, ApiFunction>();
  for (const type of structs) {
    const hook = byPackage.get(type.package)?.functions.find((f) => f.name === validationHookName(type.name));
    if (hook === undefined) continue;
    const [obj, path, old] = hook.parameters;
    const ok =
      obj !== undefined &&
      obj.type === type.name &&
      (path === undefined || path.type === 'string') &&
      (old === undefined || old.type.replace(/\s/g, '') === `${type.name}|undefined`) &&
      hook.parameters.length <= 3 &&
      /FieldError\[\]|readonly FieldError\[\]|Array<FieldError>/.test(hook.returnType);
    if (!ok) {
      problems.push(
        error(
          Codes.ValidationHookSignature,
          `${hook.name} must take the ${type.name} to check and return its field errors`,
          hook.position,
          `write: export function ${hook.name}(obj: ${type.name}, path: string, old: ${type.name} | undefined): FieldError[]`,
        ),
      );
      continue;
    }
    hooks.set(type.id, hook);
  }
  return hooks;
}

function writeValidationFile(
  pkg: ApiPackage,
  kinds: ApiType[],
  structs: ApiType[],
  hooks: ReadonlyMap<string, ApiFunction>,
  types: ReadonlyMap<string, ApiType>,
  runtimeModule: string,
  header: string | undefined,
): GeneratedFile {
  const file = createTypeScriptFile({ path: packageFile(pkg.dir, VALIDATION_FILE), generator: 'validation', header });
  const functionNames = new Map<string, string>();
  const taken = new Set<string>(['registerValidations']);
  for (const kind of kinds) {
    taken.add(`validate${kind.name}`);
    taken.add(`validate${kind.name}Update`);
  }
  for (const type of structs) {
    let name = `check_${type.name}`;
    for (let n = 2; taken.has(name); n++) name = `check_${type.name}_${n}`;
    taken.add(name);
    functionNames.set(type.id, name);
  }
  const hoisted = new Map<string, string>();
  const counters = new Map<string, number>();
  const constants: string[] = [];
  const ctx: ValidatorContext = {
    file,
    types,
    runtimeModule,
    checkFunctionOf: (id) => functionNames.get(id) ?? '',
    hoist(prefix, text, layout) {
      const existing = hoisted.get(text);
      if (existing !== undefined) return existing;
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      const name = `${prefix}_${n}`;
      taken.add(name);
      hoisted.set(text, name);
      constants.push(layout === undefined ? `const ${name} = ${text};` : printDoc(layout(name)));
      return name;
    },
    runtime: (name) => file.importValue(name, runtimeModule),
    cel: (name) => file.importValue(name, CEL_MODULE),
    needsOld: needsOldOf(types),
  };
  for (const name of [...taken].sort()) file.declare(name);
  const body: string[] = [];
  for (const kind of kinds) body.push(...kindFunctions(kind, pkg, ctx, file, runtimeModule, functionNames));
  body.push(...registerFunction(kinds, pkg, file, runtimeModule));
  for (const type of structs) body.push(...checkFunction(type, ctx, hooks.get(type.id), functionNames.get(type.id) ?? '', runtimeModule));
  if (constants.length > 0) file.print(...constants, '');
  file.print(...body);
  return file.toGeneratedFile();
}

function kindFunctions(
  kind: ApiType,
  pkg: ApiPackage,
  ctx: ValidatorContext,
  file: TypeScriptFile,
  runtimeModule: string,
  names: ReadonlyMap<string, string>,
): string[] {
  const type = namedTypeText(file, kind.id, ctx);
  const fieldError = file.importType('FieldError', runtimeModule);
  const meta = ctx.runtime('validateObjectMeta');
  const namespaced = kind.kind?.scope !== 'Cluster';
  const check = names.get(kind.id);
  const metaCall = `  ${meta}(obj.metadata, ${namespaced}, 'subdomain', 'metadata', errs);`;
  return [
    '',
    `/** Validates a ${kind.name} as the API server does on create: its ObjectMeta, schema markers, CEL rules and hooks. All errors are returned. */`,
    printDoc([callDoc(`export function validate${kind.name}`, [`obj: ${type}`]), `: ${fieldError}[] {`]),
    `  const errs: ${fieldError}[] = [];`,
    metaCall,
    `  ${check}(obj, undefined, [], errs);`,
    '  return errs;',
    '}',
    '',
    `/** Validates an update of a ${kind.name}: as on create, plus immutable metadata and transition rules (oldSelf). */`,
    printDoc([callDoc(`export function validate${kind.name}Update`, [`obj: ${type}`, `old: ${type}`]), `: ${fieldError}[] {`]),
    `  const errs: ${fieldError}[] = [];`,
    metaCall,
    `  ${ctx.runtime('validateObjectMetaUpdate')}(obj.metadata, old.metadata, 'metadata', errs);`,
    `  ${check}(obj, old, [], errs);`,
    '  return errs;',
    '}',
  ];
  void pkg;
}

function registerFunction(kinds: ApiType[], pkg: ApiPackage, file: TypeScriptFile, runtimeModule: string): string[] {
  const scheme = file.importType('Scheme', runtimeModule);
  const lines = ['', '/** Registers the validation function of every kind of this package in `scheme`. */', `export function registerValidations(scheme: ${scheme}): void {`];
  for (const kind of kinds) {
    const gvk = `{ group: ${tsString(pkg.group)}, version: ${tsString(pkg.version)}, kind: ${tsString(kind.name)} }`;
    const params = `(obj: ${kind.name}, old?: ${kind.name})`;
    const body = conditionalDoc('old === undefined', `validate${kind.name}(obj)`, `validate${kind.name}Update(obj, old)`);
    const register = callHuggingLastDoc('scheme.addValidationFunc', [gvk], arrowDoc(params, body, true), arrowDoc(params, body, true, true));
    lines.push(`  ${printDoc([register, ';'], 2)}`);
  }
  lines.push('}');
  return lines;
}

function checkFunction(type: ApiType, ctx: ValidatorContext, hook: ApiFunction | undefined, name: string, runtimeModule: string): string[] {
  if (type.shape.form !== 'struct') return [];
  const writer = new ValidatorWriter(ctx);
  const own = typeConstraints(type);
  const fieldError = ctx.file.importType('FieldError', runtimeModule);
  const pathSteps = ctx.file.importType('PathSteps', runtimeModule);
  writer.writeValue({ ref: 'struct', fields: type.shape.fields }, own, { rules: [] }, 'v', 'old', PathExpr.base);
  const lines = [
    '',
    `/** Checks a ${type.name} at \`path\` against its schema markers and rules, appending to \`errs\`; leaves \`path\` as it found it. */`,
    printDoc([callDoc(`function ${name}`, ['v: unknown', 'old: unknown', `path: ${pathSteps}`, `errs: ${fieldError}[]`]), ': void {']),
  ];
  printStatements(writer.output(), '  ', lines);
  if (hook !== undefined) {
    const local = ctx.file.importValue(hook.name, relativeModule(ctx.file.path, hook.file));
    const typeName = namedTypeText(ctx.file, type.id, ctx);
    const pathText = `${ctx.runtime('pathText')}(path)`;
    const args = [`v as unknown as ${typeName}`, pathText, `old as ${typeName} | undefined`].slice(0, hook.parameters.length);
    const loop: Doc = group(['for (const e of ', callDoc(local, args), ')', indent([line, 'errs.push(e);'])]);
    lines.push(`  if (${ctx.runtime('isPlainObject')}(v)) {`, `    ${printDoc(loop, 4)}`, '  }');
  }
  lines.push('}');
  return lines;
}

/** A type's own constraints: its markers, its one-of rules, and the immutable-once-set rules of its optional fields. */
function typeConstraints(type: ApiType): Constraints {
  const c = constraintsOf(type.markers);
  c.rules.push(...oneOfRules(type.markers));
  if (type.shape.form === 'struct') {
    for (const f of type.shape.fields) {
      const immutable = f.markers.find((m) => m.name === 'k8s:immutable');
      if (immutable !== undefined && f.optional) {
        c.rules.push({ rule: { rule: `!has(oldSelf.${f.name}) || has(self.${f.name})`, message: `field ${f.name} is immutable once set` }, marker: immutable });
      }
    }
  }
  return c;
}

/** Whether checking a value of a type reads the old object, memoised by named type (cycles read as false). */
function needsOldOf(types: ReadonlyMap<string, ApiType>): (ref: TypeRef) => boolean {
  const memo = new Map<string, boolean>();
  const ofRef = (ref: TypeRef): boolean => {
    switch (ref.ref) {
      case 'named': {
        const known = memo.get(ref.id);
        if (known !== undefined) return known;
        memo.set(ref.id, false);
        const type = types.get(ref.id);
        let result = false;
        if (type !== undefined) {
          const c = typeConstraints(type);
          result = hasTransitionRule(c);
          if (type.shape.form === 'struct') result ||= type.shape.fields.some(fieldReadsOld);
          if (type.shape.form === 'alias') {
            const target = type.shape.target;
            result ||= ofRef(target) || (target.ref === 'array' && listReadsOld(c, constraintsOf(type.markers, true), target.items, ofRef));
          }
        }
        memo.set(ref.id, result);
        return result;
      }
      case 'map':
        return ofRef(ref.values);
      case 'struct':
        return ref.fields.some(fieldReadsOld);
      default:
        // A list's items are matched with old items only in a keyed list, which its field or alias says.
        return false;
    }
  };
  const fieldReadsOld = (f: ApiField): boolean => {
    const c = fieldConstraints(f);
    if (hasTransitionRule(c) || ofRef(f.type)) return true;
    return f.type.ref === 'array' && listReadsOld(c, constraintsOf(f.markers, true), f.type.items, ofRef);
  };
  return ofRef;
}

import { uniqueDiagnostics, type Diagnostic } from '@kubegen/diagnostics';
import {
  DEFAULT_RUNTIME_MODULE,
  callDoc,
  createTypeScriptFile,
  indexTypes,
  inScope,
  literalDoc,
  namedTypeText,
  packageFile,
  printDoc,
  type GeneratedFile,
  type Generator,
} from '@kubegen/emit';
import type { ApiPackage, ApiType, TypeRef } from '@kubegen/model';
import { DefaulterWriter, type DefaulterContext } from './defaulter-writer';
import { planDefaults, type DefaultsPlan } from './plan';

/** File name of the generated defaulting functions of a package. */
export const DEFAULTS_FILE = 'zz_generated.defaults.ts';

/** Name of the generated object defaulter of a TypeMeta type, as defaulter-gen's `SetObjectDefaults_<Type>`. */
export function objectDefaulterName(typeName: string): string {
  return `setObjectDefaults_${typeName}`;
}

/**
 * Generates `zz_generated.defaults.ts` for every served (external) package with TypeMeta types:
 * `setObjectDefaults_<Type>(obj)` for each kind, list and request body, and `registerDefaults(scheme)`.
 */
export const defaultsGenerator: Generator = {
  name: 'defaults',
  description: 'setObjectDefaults_<Kind>(obj) and registerDefaults(scheme) (zz_generated.defaults.ts): +default markers and setDefaults_<Type> hooks, as defaulter-gen',
  perGroup: true,
  generate(model, options, scope) {
    const types = indexTypes(model);
    const plan = planDefaults(model, types);
    const diagnostics = uniqueDiagnostics(plan.diagnostics);
    if (diagnostics.some((d) => d.severity === 'error')) return { files: [], diagnostics };
    const files: GeneratedFile[] = [];
    for (const pkg of model.packages) {
      if (pkg.internal || !inScope(pkg.group, scope)) continue;
      const roots = pkg.types.filter((t) => t.typeMeta && t.shape.form === 'struct').sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      if (roots.length === 0) continue;
      files.push(writeDefaultsFile(pkg, roots, plan, options.runtimeModule ?? DEFAULT_RUNTIME_MODULE, options.header));
    }
    return { files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), diagnostics };
  },
  preformatted: true,
};

function writeDefaultsFile(pkg: ApiPackage, roots: ApiType[], plan: DefaultsPlan, runtimeModule: string, header: string | undefined): GeneratedFile {
  const file = createTypeScriptFile({ path: packageFile(pkg.dir, DEFAULTS_FILE), generator: 'defaults', header });
  const names = new Map<string, string>();
  const taken = new Set<string>(['registerDefaults']);
  for (const root of roots) {
    names.set(root.id, objectDefaulterName(root.name));
    taken.add(objectDefaulterName(root.name));
  }
  const helpers = reachableStructs(roots, plan).filter((t) => !names.has(t.id));
  for (const type of helpers) {
    let name = `applyDefaults_${type.name}`;
    for (let n = 2; taken.has(name); n++) name = `applyDefaults_${type.name}_${n}`;
    taken.add(name);
    names.set(type.id, name);
  }
  for (const name of [...taken].sort()) file.declare(name);
  const ctx: DefaulterContext = { file, plan, types: plan.types, runtimeModule, functionOf: (id) => names.get(id) ?? '' };

  const scheme = file.importType('Scheme', runtimeModule);
  file.print('', '/** Registers the object defaulter of every TypeMeta type of this package in `scheme`, for `scheme.default(obj)`. */');
  file.print(`export function registerDefaults(scheme: ${scheme}): void {`);
  for (const root of roots) {
    const gvk = literalDoc({ group: pkg.group, version: pkg.version, kind: root.name });
    file.print(`  ${printDoc([callDoc('scheme.addDefaultingFunc', [gvk, objectDefaulterName(root.name)]), ';'], 2)}`);
  }
  file.print('}');
  for (const root of roots) {
    writeFunction(ctx, root, objectDefaulterName(root.name), true);
  }
  for (const type of helpers) writeFunction(ctx, type, names.get(type.id) ?? '', false);
  return file.toGeneratedFile();
}

function writeFunction(ctx: DefaulterContext, type: ApiType, name: string, exported: boolean): void {
  if (type.shape.form !== 'struct') return;
  const typeName = namedTypeText(ctx.file, type.id, ctx);
  const writer = new DefaulterWriter(ctx);
  writer.writeStruct(type.shape.fields, 'obj', type.id, '  ');
  const body = writer.output();
  ctx.file.print('');
  ctx.file.jsdoc(
    exported
      ? `Sets the defaults of a ${type.name} in place, as defaulter-gen orders them.`
      : `Sets the defaults of a ${type.name}: its hook, its absent fields, then its children.`,
  );
  const signature = printDoc([callDoc(`${exported ? 'export ' : ''}function ${name}`, [`obj: ${typeName}`]), ': void {']);
  ctx.file.print(signature, ...(body.length > 0 ? body : ['  // Nothing to default.']), '}');
}

/** The struct types that need a defaulting function, reached from `roots` through fields that need defaulting; sorted by id. */
function reachableStructs(roots: readonly ApiType[], plan: DefaultsPlan): ApiType[] {
  const out = new Map<string, ApiType>();
  const visitRef = (ref: TypeRef): void => {
    if (!plan.needs(ref)) return;
    switch (ref.ref) {
      case 'named': {
        const type = plan.types.get(ref.id);
        if (type === undefined) return;
        if (type.shape.form === 'alias') return visitRef(type.shape.target);
        if (type.shape.form === 'struct' && !out.has(type.id)) {
          out.set(type.id, type);
          type.shape.fields.forEach((f) => visitRef(f.type));
        }
        return;
      }
      case 'array':
        return visitRef(ref.items);
      case 'map':
        return visitRef(ref.values);
      case 'struct':
        return ref.fields.forEach((f) => visitRef(f.type));
      default:
        return;
    }
  };
  for (const root of roots) if (root.shape.form === 'struct') root.shape.fields.forEach((f) => visitRef(f.type));
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

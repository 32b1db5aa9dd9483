import {
  DEFAULT_RUNTIME_MODULE,
  createTypeScriptFile,
  arrowDoc,
  breakAfterOperatorDoc,
  fluidAssignmentDoc,
  indexTypes,
  inScope,
  literalDoc,
  namedTypeText,
  objectDoc,
  packageFile,
  printDoc,
  printLiteralAssignment,
  relativeModule,
  tsString,
  type Doc,
  type GeneratedFile,
  type Generator,
  type LiteralValue,
  type TypeScriptFile,
} from '@kubegen/emit';
import { DEEPCOPY_FILE, deepCopyFunctionName, planCopies, type CopyPlan } from '@kubegen/gen-deepcopy';
import type { ApiPackage, ApiType, KindInfo } from '@kubegen/model';

/** File name of a package's generated registration. */
export const REGISTER_FILE = 'zz_generated.register.ts';

/** Generates `zz_generated.register.ts` per external version package: GroupName, SchemeGroupVersion, kinds, addToScheme. */
export const registerGenerator: Generator = {
  name: 'register',
  description: 'scheme registration: GroupName, SchemeGroupVersion, kinds and addToScheme (zz_generated.register.ts)',
  perGroup: true,
  generate(model, options, scope) {
    const types = indexTypes(model);
    const plan = planCopies(model, types);
    const runtimeModule = options.runtimeModule ?? DEFAULT_RUNTIME_MODULE;
    const files: GeneratedFile[] = [];
    for (const pkg of model.packages) {
      if (pkg.internal || !pkg.group || !inScope(pkg.group, scope)) continue;
      const file = createTypeScriptFile({ path: packageFile(pkg.dir, REGISTER_FILE), generator: 'register', header: options.header });
      writeRegistration(file, pkg, plan, runtimeModule);
      files.push(file.toGeneratedFile());
    }
    return { files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), diagnostics: [] };
  },
  preformatted: true,
};

interface RegisterContext {
  file: TypeScriptFile;
  pkg: ApiPackage;
  plan: CopyPlan;
  runtimeModule: string;
}

function byName(a: ApiType, b: ApiType): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function writeRegistration(file: TypeScriptFile, pkg: ApiPackage, plan: CopyPlan, runtimeModule: string): void {
  const context: RegisterContext = { file, pkg, plan, runtimeModule };
  const registered = pkg.types.filter((t) => t.typeMeta).sort(byName);
  const kinds = registered.flatMap((t) => (t.kind ? [t.kind] : [])).sort((a, b) => (a.kind < b.kind ? -1 : 1));
  const needsJsonClone = registered.some((t) => !hasCopyFunction(plan, t));
  for (const name of ['GroupName', 'SchemeGroupVersion', 'Resource', 'Kind', 'kinds', 'registrations', 'addToScheme'])
    file.declare(name);
  if (needsJsonClone) file.declare('cloneJSON');

  const groupVersion = file.importType('GroupVersion', runtimeModule);
  const resourceInfo = file.importType('ResourceInfo', runtimeModule);
  file.print(
    '',
    `/** GroupName is the API group of this package. */`,
    printDoc([breakAfterOperatorDoc('export const GroupName', ' =', tsString(pkg.group)), ';']),
    '',
    `/** SchemeGroupVersion is the group and version the types of this package are registered as. */`,
    printDoc([
      fluidAssignmentDoc(
        `export const SchemeGroupVersion: ${groupVersion}`,
        ' =',
        objectDoc(['group: GroupName', `version: ${tsString(pkg.version)}`]),
      ),
      ';',
    ]),
    '',
    `/** Resource qualifies a resource of this package with its group. */`,
    `export function Resource(resource: string): { group: string; resource: string } {`,
    `  return { group: GroupName, resource };`,
    `}`,
    '',
    `/** Kind qualifies a kind of this package with its group. */`,
    `export function Kind(kind: string): { group: string; kind: string } {`,
    `  return { group: GroupName, kind };`,
    `}`,
    '',
    `/** The kinds this package serves as resources, sorted by kind. */`,
    kindsTable(`export const kinds: readonly (${resourceInfo} & { kind: string })[]`, kinds.map(kindEntry)),
  );
  if (needsJsonClone) writeJsonClone(context);
  const scheme = file.importType('Scheme', runtimeModule);
  const typeRegistration = file.importType('TypeRegistration', runtimeModule);
  const apiVersion = pkg.group === '' ? pkg.version : `${pkg.group}/${pkg.version}`;
  // Module-level, so that every addToScheme call registers the very same functions: the scheme accepts
  // a repeated registration only when it is identical.
  file.print(
    '',
    `/** Every type of ${apiVersion} that extends TypeMeta (kinds, lists, request bodies), sorted by name. */`,
    `export const registrations: readonly ${typeRegistration}[] = [${registered.length === 0 ? '];' : ''}`,
  );
  for (const type of registered) {
    writeTypeRegistration(context, type, apiVersion, kinds.findIndex((k) => k.kind === type.kind?.kind));
  }
  if (registered.length > 0) file.print('];');
  file.print(
    '',
    `/** Registers every type of ${apiVersion} with the scheme; calling it again is harmless. */`,
    `export function addToScheme(scheme: ${scheme}): void {`,
    `  scheme.addKnownTypes(SchemeGroupVersion, registrations);`,
    '}',
  );
}

function kindEntry(kind: KindInfo): LiteralValue {
  const { subresources } = kind;
  return {
    kind: kind.kind,
    listKind: kind.listKind,
    plural: kind.plural,
    singular: kind.singular,
    shortNames: kind.shortNames,
    categories: kind.categories,
    scope: kind.scope,
    subresources: {
      status: subresources.status,
      scale: subresources.scale,
      custom: subresources.custom.map((c) => ({ path: c.path, kind: c.kind })),
    },
    printerColumns: kind.printerColumns.map((c) => ({ ...c })),
  };
}

function hasCopyFunction(plan: CopyPlan, type: ApiType): boolean {
  return plan.generated.has(type.id) || plan.handWritten.has(type.id);
}

function writeJsonClone(context: RegisterContext): void {
  const { file, runtimeModule } = context;
  const deepCopyJSONValue = file.importValue('deepCopyJSONValue', runtimeModule);
  const jsonValue = file.importType('JSONValue', runtimeModule);
  file.print(
    '',
    `/** Copies an object through its JSON form, for types this package generates no deep copy for. */`,
    `function cloneJSON<T extends object>(obj: T): T {`,
    `  return ${deepCopyJSONValue}(obj as unknown as ${jsonValue}) as unknown as T;`,
    `}`,
  );
}

function copyFunction(context: RegisterContext, type: ApiType): string {
  const { file, plan } = context;
  const handWritten = plan.handWritten.get(type.id);
  if (handWritten !== undefined) {
    return file.importValue(handWritten.name, relativeModule(file.path, handWritten.file));
  }
  if (plan.generated.has(type.id)) {
    return file.importValue(deepCopyFunctionName(type.name), relativeModule(file.path, packageFile(type.package, DEEPCOPY_FILE)));
  }
  return 'cloneJSON';
}

/** `left = [entries];`, printed without the document engine unless a list of numbers needs prettier's fill. */
function kindsTable(left: string, entries: LiteralValue[]): string {
  return (
    printLiteralAssignment(left, ' =', entries, ';') ??
    printDoc([fluidAssignmentDoc(left, ' =', literalDoc(entries)), ';'])
  );
}

function writeTypeRegistration(context: RegisterContext, type: ApiType, apiVersion: string, kindIndex: number): void {
  const { file } = context;
  const typeName = namedTypeText(file, type.id, { types: context.plan.types, runtimeModule: context.runtimeModule });
  const written = { apiVersion, kind: type.name, items: type.listOf !== undefined ? [] : undefined };
  // A type with other required fields has no valid empty value; `new` returns it unfilled, as Go's `&Foo{}`.
  const newBody = literalDoc(written);
  const newFn: Doc = hasOtherRequiredFields(type)
    ? arrowDoc('()', ['(', newBody, `) as ${typeName}`], false)
    : [`(): ${typeName} => (`, newBody, ')'];
  const members: Doc[] = [
    `kind: ${tsString(type.name)}`,
    ['new: ', newFn],
    `deepCopy: ${copyFunction(context, type)}`,
  ];
  if (kindIndex >= 0) members.push(`resource: kinds[${kindIndex}]`);
  if (type.listOf !== undefined) members.push(`listOf: ${tsString(type.listOf)}`);
  file.print(`  {`, ...members.map((m) => `    ${printDoc([m, ','], 4)}`), `  },`);
}

function hasOtherRequiredFields(type: ApiType): boolean {
  if (type.shape.form !== 'struct') return false;
  const written = new Set(['apiVersion', 'kind', ...(type.listOf !== undefined ? ['items'] : [])]);
  return type.shape.fields.some((f) => !f.optional && !written.has(f.name));
}

import type { Diagnostic } from '@kubegen/diagnostics';
import {
  DEFAULT_RUNTIME_MODULE,
  PRINT_WIDTH,
  createTypeScriptFile,
  indexTypes,
  inScope,
  namedTypeText,
  packageFile,
  relativeModule,
  type GeneratedFile,
  type Generator,
  type TypeScriptFile,
} from '@kubegen/emit';
import type { ApiPackage, ApiType } from '@kubegen/model';
import { CopyWriter, type CopyWriterContext } from './copy-writer';
import { deepCopyFunctionName, needsCopyFunction, planCopies, type CopyPlan } from './opt-in';
import { forEachNamedRef, shapeRefs, unresolvedReference } from './references';

/** File name of the generated deep copies of a package. */
export const DEEPCOPY_FILE = 'zz_generated.deepcopy.ts';

/** Generates `zz_generated.deepcopy.ts`: one shape-specific `deepCopy<Type>` per struct, list and non-scalar alias. */
export const deepCopyGenerator: Generator = {
  name: 'deepcopy',
  preformatted: true,
  description: 'shape-specific deep copy functions deepCopy<Type> (zz_generated.deepcopy.ts), as deepcopy-gen',
  perGroup: true,
  generate(model, options, scope) {
    const types = indexTypes(model);
    const plan = planCopies(model, types);
    const files: GeneratedFile[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const pkg of model.packages) {
      if (!inScope(pkg.group, scope)) continue;
      const own = pkg.types.filter((t) => plan.generated.has(t.id)).sort(byName);
      if (own.length === 0) continue;
      const { helpers, problems } = privateHelpers(own, plan);
      diagnostics.push(...problems);
      if (problems.length > 0) continue;
      files.push(writeDeepCopyFile(pkg, own, helpers, plan, options));
    }
    return { files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), diagnostics };
  },
};

function byName(a: ApiType, b: ApiType): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Types this package must copy with private helpers (external types, and types whose own package
 * generates no copy), found by walking references from `own`; sorted by id.
 */
function privateHelpers(own: ApiType[], plan: CopyPlan): { helpers: ApiType[]; problems: Diagnostic[] } {
  const helpers = new Map<string, ApiType>();
  const problems: Diagnostic[] = [];
  const queue = [...own];
  for (let type = queue.shift(); type !== undefined; type = queue.shift()) {
    for (const { ref, field } of shapeRefs(type)) {
      const owner = type;
      forEachNamedRef(ref, (named) => {
        const target = plan.types.get(named.id);
        if (target === undefined) {
          problems.push(unresolvedReference(owner, named.name, named.id, field));
          return;
        }
        const hasFunction = plan.generated.has(target.id) || plan.handWritten.has(target.id);
        if (hasFunction || helpers.has(target.id) || !needsCopyFunction(target, plan.types)) return;
        helpers.set(target.id, target);
        queue.push(target);
      });
    }
  }
  return { helpers: [...helpers.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), problems };
}

function writeDeepCopyFile(
  pkg: ApiPackage,
  own: ApiType[],
  helpers: ApiType[],
  plan: CopyPlan,
  options: { header?: string; runtimeModule?: string },
): GeneratedFile {
  const file = createTypeScriptFile({ path: packageFile(pkg.dir, DEEPCOPY_FILE), generator: 'deepcopy', header: options.header });
  const localNames = new Map<string, string>();
  for (const type of own) localNames.set(type.id, deepCopyFunctionName(type.name));
  const taken = new Set(localNames.values());
  for (const type of helpers) {
    const base = `deepCopy_${type.name}`;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    localNames.set(type.id, name);
  }
  for (const name of [...taken].sort()) file.declare(name);

  const context: CopyWriterContext = {
    file,
    types: plan.types,
    runtimeModule: options.runtimeModule ?? DEFAULT_RUNTIME_MODULE,
    copyFunctionOf: (id) => localNames.get(id) ?? importedCopyFunction(file, id, plan),
  };
  for (const type of own) {
    writeCopyFunction(context, type, deepCopyFunctionName(type.name), true);
  }
  for (const type of helpers) {
    writeCopyFunction(context, type, localNames.get(type.id) ?? '', false);
  }
  return file.toGeneratedFile();
}

function importedCopyFunction(file: TypeScriptFile, id: string, plan: CopyPlan): string {
  const handWritten = plan.handWritten.get(id);
  if (handWritten !== undefined) {
    return file.importValue(handWritten.name, relativeModule(file.path, handWritten.file));
  }
  const type = plan.types.get(id);
  if (type === undefined || !plan.generated.has(id)) {
    throw new Error(`no copy function for ${id}`);
  }
  return file.importValue(deepCopyFunctionName(type.name), relativeModule(file.path, packageFile(type.package, DEEPCOPY_FILE)));
}

function writeCopyFunction(context: CopyWriterContext, type: ApiType, name: string, exported: boolean): void {
  const { file } = context;
  const typeName = namedTypeText(file, type.id, context);
  const writer = new CopyWriter(context);
  let result: string;
  if (type.shape.form === 'struct') {
    writer.writeStruct(type.shape.fields, 'input', 'out', typeName, '  ');
    result = 'out';
  } else if (type.shape.form === 'alias') {
    result = writer.writeValue(type.shape.target, 'input', 'input', '  ');
  } else {
    result = 'input';
  }
  file.print('');
  file.jsdoc(`Returns a deep copy of ${type.name}: new objects and arrays throughout, absent fields left absent.`);
  const signature = `${exported ? 'export ' : ''}function ${name}(input: ${typeName}): ${typeName} {`;
  // Prettier's layout for a signature wider than the print width: the parameter on its own line.
  const wrapped = [
    `${exported ? 'export ' : ''}function ${name}(`,
    `  input: ${typeName},`,
    `): ${typeName} {`,
  ];
  file.print(
    ...(signature.length > PRINT_WIDTH ? wrapped : [signature]),
    ...writer.output(),
    `  return ${result};`,
    '}',
  );
}

import {
  DEFAULT_RUNTIME_MODULE,
  LISTS_FILE,
  createTypeScriptFile,
  indexTypes,
  inScope,
  packageFile,
  propertyKey,
  typeText,
  type GeneratedFile,
  type Generator,
  type TypeTextContext,
  type TypeScriptFile,
} from '@kubegen/emit';
import type { ApiPackage, ApiType } from '@kubegen/model';

/** Generates `zz_generated.lists.ts`: the `<Kind>List` interfaces the model provides where the author wrote none. */
export const listTypesGenerator: Generator = {
  name: 'lists',
  preformatted: true,
  description: 'declares the <Kind>List types the author left out (zz_generated.lists.ts)',
  perGroup: true,
  generate(model, options, scope) {
    const types = indexTypes(model);
    const runtimeModule = options.runtimeModule ?? DEFAULT_RUNTIME_MODULE;
    const files: GeneratedFile[] = [];
    for (const pkg of model.packages) {
      if (!inScope(pkg.group, scope)) continue;
      const lists = pkg.types.filter((t) => t.synthetic).sort((a, b) => (a.name < b.name ? -1 : 1));
      if (lists.length === 0) continue;
      files.push(writeListsFile(pkg, lists, { types, runtimeModule }, options.header));
    }
    return { files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), diagnostics: [] };
  },
};

function writeListsFile(
  pkg: ApiPackage,
  lists: ApiType[],
  context: TypeTextContext,
  header: string | undefined,
): GeneratedFile {
  const file = createTypeScriptFile({ path: packageFile(pkg.dir, LISTS_FILE), generator: 'lists', header });
  for (const list of lists) file.declare(list.name);
  for (const list of lists) writeInterface(file, list, context);
  return file.toGeneratedFile();
}

function writeInterface(file: TypeScriptFile, type: ApiType, context: TypeTextContext): void {
  if (type.shape.form !== 'struct') {
    throw new Error(`synthetic type ${type.id} is not a struct`);
  }
  const bases = type.shape.embedded.map((ref) => typeText(file, ref, context));
  const own = type.shape.fields.filter((f) => f.inheritedFrom === undefined);
  file.print('');
  file.jsdoc(type.doc || `${type.name} is a list of ${type.listOf ?? 'objects'}.`);
  file.print(`export interface ${type.name}${bases.length > 0 ? ` extends ${bases.join(', ')}` : ''} {`);
  for (const field of own) {
    if (field.doc) file.jsdoc(field.doc, '  ');
    file.print(`  ${propertyKey(field.name)}${field.optional ? '?' : ''}: ${typeText(file, field.type, context)};`);
  }
  file.print('}');
}

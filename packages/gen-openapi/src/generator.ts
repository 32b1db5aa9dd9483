import type { Diagnostic } from '@kubegen/diagnostics';
import {
  createTypeScriptFile,
  inScope,
  packagesInReach,
  fluidAssignmentDoc,
  literalDoc,
  literalPropertyDoc,
  packageFile,
  printDoc,
  printLiteralProperty,
  type GeneratedFile,
  type Generator,
} from '@kubegen/emit';
import type { ApiModel, ApiPackage } from '@kubegen/model';
import { definitionPool, modelDefinitions, reachableDefinitions } from './definitions';
import {
  compareStrings,
  referencedNames,
  sortKeys,
  type Definitions,
  type JsonObject,
} from './json';
import { definitionName } from '@kubegen/schema';
import { servedGroupVersions } from './routes';

/** File name of a package's generated OpenAPI definitions. */
export const OPENAPI_FILE = 'zz_generated.openapi.ts';

/**
 * Generates `zz_generated.openapi.ts` per external version package: `openAPIDefinitions` (the
 * package's types and every definition they reach, so the file serves on its own) and
 * `getOpenAPIDefinitions()`, as openapi-gen's `GetOpenAPIDefinitions`. `source` supplies the model's
 * definitions (tests inject hand-written ones).
 */
export function createOpenApiGenerator(
  source: (
    model: ApiModel,
    packages?: ReadonlySet<string>,
  ) => { definitions: Definitions; diagnostics: Diagnostic[] },
): Generator {
  return {
    name: 'openapi',
    description: 'OpenAPI definitions of every type, for serving (zz_generated.openapi.ts)',
    perGroup: true,
    generate(model, options, scope) {
      // A scoped run builds only the definitions its packages can reach.
      const built = source(model, scope && new Set(packagesInReach(model, scope)));
      // The definitions were built for this run and are only read from here on: no copy needed.
      const pool = definitionPool(servedGroupVersions(model), built.definitions, true);
      const files: GeneratedFile[] = [];
      const diagnostics = [...built.diagnostics];
      for (const pkg of model.packages) {
        if (pkg.internal || !pkg.group || !inScope(pkg.group, scope)) continue;
        const own = pkg.types
          .map((t) => definitionName(model, t))
          .filter((name) => pool[name] !== undefined);
        const reachable = reachableDefinitions(pool, own.sort(compareStrings));
        diagnostics.push(...reachable.diagnostics);
        files.push(definitionsFile(pkg, reachable.definitions, options.header));
      }
      return { files: files.sort((a, b) => compareStrings(a.path, b.path)), diagnostics };
    },
    preformatted: true,
  };
}

function definitionsFile(
  pkg: ApiPackage,
  definitions: Definitions,
  header: string | undefined,
): GeneratedFile {
  const file = createTypeScriptFile({
    path: packageFile(pkg.dir, OPENAPI_FILE),
    generator: 'openapi',
    header,
  });
  for (const name of ['OpenAPIDefinition', 'openAPIDefinitions', 'getOpenAPIDefinitions'])
    file.declare(name);
  file.jsdoc(
    'One definition as openapi-gen writes it: the schema (v2 references, defaults kept) and the definitions it references.',
  );
  file.print(
    'export interface OpenAPIDefinition {',
    '  schema: Record<string, unknown>;',
    '  dependencies: readonly string[];',
    '}',
    '',
  );
  file.jsdoc(
    `The OpenAPI definitions of ${pkg.group}/${pkg.version} and of every type they reference, by Kubernetes definition name.`,
  );
  const declaration =
    'export const openAPIDefinitions: Readonly<Record<string, OpenAPIDefinition>>';
  const names = Object.keys(definitions);
  if (names.length === 0) {
    file.print(printDoc([fluidAssignmentDoc(declaration, ' =', literalDoc({})), ';']), '');
  } else {
    // One member per line, two spaces in, as prettier breaks an object this large; each member prints
    // the same in every package that reaches it, so it is printed once per run.
    const members = names.map((name) => `  ${definitionEntryText(name, definitions[name]!)},`);
    file.print(`${declaration} = {`, ...members, '};', '');
  }
  file.jsdoc(
    "A fresh copy of the definitions, for an API server to serve (kube-openapi's GetOpenAPIDefinitions).",
  );
  file.print(
    'export function getOpenAPIDefinitions(): Record<string, OpenAPIDefinition> {',
    `  return JSON.parse(JSON.stringify(openAPIDefinitions)) as Record<string, OpenAPIDefinition>;`,
    '}',
  );
  return file.toGeneratedFile();
}

/*
 * Printed entries, by the pool's schema object (a run's packages share the definitions they reach) and,
 * for the next run of a watch, by content: most definitions come back unchanged.
 */
const printedBySchema = new WeakMap<object, Map<string, string>>();
const printedByContent = new Map<string, string>();
const MAX_PRINTED_BY_CONTENT = 20_000;

/** `'name': { dependencies, schema }` as prettier prints it two spaces in. */
function definitionEntryText(name: string, schema: JsonObject): string {
  let byName = printedBySchema.get(schema);
  if (!byName) printedBySchema.set(schema, (byName = new Map()));
  let text = byName.get(name);
  if (text !== undefined) return text;
  const key = `${name}\0${JSON.stringify(schema)}`;
  text = printedByContent.get(key);
  if (text === undefined) {
    const entry: JsonObject = {
      dependencies: [...new Set(referencedNames(schema))].sort(compareStrings),
      schema: sortKeys(schema),
    };
    text = printLiteralProperty(name, entry, 2) ?? printDoc(literalPropertyDoc(name, entry), 2);
    if (printedByContent.size >= MAX_PRINTED_BY_CONTENT) printedByContent.clear();
    printedByContent.set(key, text);
  }
  byName.set(name, text);
  return text;
}

/** The `openapi` generator, over the schema core's definitions. */
export const openApiGenerator: Generator = createOpenApiGenerator(modelDefinitions);

import * as ts from 'typescript';

/**
 * Options of `GenerateOptions` that are not configuration: the root is where the file is, `config` reads it,
 * `onProgress` is a callback of the caller.
 */
const NOT_CONFIG = new Set(['root', 'config', 'onProgress']);

/**
 * The JSON schema of the kubegen configuration, built from the JSDoc'd `GenerateOptions` interface in
 * the text of `types.ts`, so the schema cannot drift from the types (a test compares it with the file).
 */
export function buildConfigSchema(typesSource: string): object {
  const source = ts.createSourceFile('types.ts', typesSource, ts.ScriptTarget.Latest, true);
  const options = source.statements.find(
    (s): s is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(s) && s.name.text === 'GenerateOptions',
  );
  if (!options) throw new Error('types.ts has no GenerateOptions interface');
  const properties: Record<string, object> = {};
  for (const member of options.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const name = member.name.getText(source);
    if (NOT_CONFIG.has(name)) continue;
    properties[name] = { ...schemaOf(member.type, source), description: docOf(member) };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://kubegen.dev/kubegen.config.schema.json',
    title: 'kubegen configuration',
    description: 'kubegen.config.{ts,mjs,json,yaml} or the "kubegen" key of package.json.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The JSON schema this file follows.' },
      ...properties,
    },
    additionalProperties: false,
  };
}

function schemaOf(type: ts.TypeNode, source: ts.SourceFile): object {
  const text = type.getText(source);
  if (text === 'string') return { type: 'string' };
  if (text === 'boolean') return { type: 'boolean' };
  if (ts.isArrayTypeNode(type)) return { type: 'array', items: schemaOf(type.elementType, source) };
  if (text === 'Record<string, object>')
    return { type: 'object', additionalProperties: { type: 'object' } };
  throw new Error(`no JSON schema mapping for the option type '${text}'; extend buildConfigSchema`);
}

function docOf(member: ts.PropertySignature): string {
  const comment = ts.getJSDocCommentsAndTags(member).find(ts.isJSDoc)?.comment;
  const text = typeof comment === 'string' ? comment : (comment?.map((c) => c.text).join('') ?? '');
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as ts from 'typescript';
import type { SourcePosition } from '@kubegen/diagnostics';
import { defineConfig } from './define-config';
import type { LoadedConfig } from './config-source';

/** The packages a config imports `defineConfig` from; served by the running kubegen, never loaded twice. */
const SELF_MODULES = new Set(['@kubegen/codegen', 'kubegen']);

/**
 * Runs a `kubegen.config.{ts,mts,cts,js,mjs,cjs}`: transpiled to CommonJS by TypeScript (no type
 * check, as vite and tsup do), evaluated with a require relative to the file; its default export
 * (or, in CommonJS, `module.exports`) is the configuration.
 */
export async function loadScriptConfig(
  file: string,
  text: string,
): Promise<{ loaded?: LoadedConfig; problem?: { message: string; position: SourcePosition } }> {
  const output = ts.transpileModule(text, {
    // A .mjs name would keep ESM syntax in the output; the module format is ours to choose.
    fileName: file.replace(/\.[cm]?[jt]s$/, '.ts'),
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  const syntax = output.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (syntax) {
    const message = `cannot read ${file}: ${ts.flattenDiagnosticMessageText(syntax.messageText, '\n')}`;
    return { problem: { message, position: positionIn(file, text, syntax.start ?? 0) } };
  }
  const fileRequire = createRequire(file);
  const module = { exports: {} as Record<string, unknown> };
  const requireForConfig = (id: string): unknown =>
    SELF_MODULES.has(id) ? { defineConfig, default: { defineConfig } } : fileRequire(id);
  try {
    // The config is the user's own code, run as `node kubegen.config.js` would run it.
    const run = new Function(
      'exports',
      'require',
      'module',
      '__filename',
      '__dirname',
      output.outputText,
    );
    run(module.exports, requireForConfig, module, file, path.dirname(file));
    const exported = module.exports.__esModule
      ? module.exports.default
      : (module.exports.default ?? module.exports);
    const raw: unknown = await exported;
    return { loaded: { raw, locate: (at) => locateInSource(file, text, at) } };
  } catch (e) {
    const message = `${file} threw while loading: ${e instanceof Error ? e.message : String(e)}`;
    return { problem: { message, position: { file, line: 1, column: 1 } } };
  }
}

/** Finds a property along `at` in the object literal the file exports (through `defineConfig(…)`). */
function locateInSource(
  file: string,
  text: string,
  at: readonly (string | number)[],
): SourcePosition {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let node: ts.Node | undefined = exportedExpression(source);
  let found: ts.Node | undefined = node;
  for (const step of at) {
    node = node && unwrap(node);
    if (node && ts.isObjectLiteralExpression(node)) {
      const property = node.properties.find(
        (p) => p.name !== undefined && propertyName(p.name) === String(step),
      );
      if (!property) break;
      found = property;
      node = ts.isPropertyAssignment(property) ? property.initializer : undefined;
    } else if (node && ts.isArrayLiteralExpression(node) && typeof step === 'number') {
      node = node.elements[step];
      if (!node) break;
      found = node;
    } else break;
  }
  return positionIn(file, text, found ? found.getStart(source) : 0);
}

function exportedExpression(source: ts.SourceFile): ts.Expression | undefined {
  for (const statement of source.statements) {
    if (ts.isExportAssignment(statement)) return statement.expression;
    if (
      ts.isExpressionStatement(statement) &&
      ts.isBinaryExpression(statement.expression) &&
      statement.expression.left.getText(source) === 'module.exports'
    ) {
      return statement.expression.right;
    }
  }
  return undefined;
}

/** `defineConfig({…})`, `({…})`, `{…} satisfies KubegenConfig` all stand for the object literal. */
function unwrap(node: ts.Node): ts.Node {
  if (ts.isCallExpression(node) && node.arguments.length === 1) return unwrap(node.arguments[0]);
  if (
    ts.isParenthesizedExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isAsExpression(node)
  ) {
    return unwrap(node.expression);
  }
  return node;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)
    ? name.text
    : undefined;
}

function positionIn(file: string, text: string, offset: number): SourcePosition {
  const { line, character } = ts.getLineAndCharacterOfPosition(
    ts.createSourceFile(file, text, ts.ScriptTarget.Latest),
    offset,
  );
  return { file, line: line + 1, column: character + 1 };
}

/*
 * Type-checks generated files together with hand-written sources in an in-memory TypeScript program
 * (strict), then transpiles and runs them. Virtual files live under the repository so that
 * `@kubegen/runtime` resolves to the real runtime sources.
 */
import * as path from 'node:path';
import * as ts from 'typescript';

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const VIRTUAL_ROOT = path.join(REPO_ROOT, '__virtual_project__');

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  customConditions: ['kubegen-source'],
  noEmit: true,
  skipLibCheck: true,
  types: [],
  lib: ['lib.es2023.d.ts'],
};

/** Project-relative path → file text. */
export type VirtualFiles = Record<string, string>;

/** Type errors of the virtual files, formatted `file:line:col message`; empty when they type-check. */
export function typeErrors(files: VirtualFiles): string[] {
  const virtual = new Map(Object.entries(files).map(([p, text]) => [path.join(VIRTUAL_ROOT, p), text]));
  const host = ts.createCompilerHost(COMPILER_OPTIONS);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const text = virtual.get(path.resolve(fileName));
    return text !== undefined ? ts.createSourceFile(fileName, text, languageVersion, true) : getSourceFile(fileName, languageVersion, ...rest);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => virtual.has(path.resolve(fileName)) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => virtual.get(path.resolve(fileName)) ?? readFile(fileName);
  const directories = new Set([...virtual.keys()].flatMap((file) => ancestors(path.dirname(file))));
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (dir) => directories.has(path.resolve(dir)) || (directoryExists?.(dir) ?? false);
  const program = ts.createProgram([...virtual.keys()], COMPILER_OPTIONS, host);
  const errors: string[] = [];
  for (const fileName of virtual.keys()) {
    const source = program.getSourceFile(fileName);
    if (source === undefined) continue;
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const { line, character } = source.getLineAndCharacterOfPosition(d.start ?? 0);
      const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      errors.push(`${path.relative(VIRTUAL_ROOT, fileName)}:${line + 1}:${character + 1} ${message}`);
    }
  }
  return errors;
}

function ancestors(dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; d.startsWith(VIRTUAL_ROOT); d = path.dirname(d)) out.push(d);
  return out;
}

/** Transpiles the virtual files to CommonJS and returns the exports of `entry`; bare imports use the real packages. */
export function loadModule(files: VirtualFiles, entry: string): Record<string, unknown> {
  const cache = new Map<string, Record<string, unknown>>();
  const load = (file: string): Record<string, unknown> => {
    const cached = cache.get(file);
    if (cached !== undefined) return cached;
    const source = files[file];
    if (source === undefined) throw new Error(`no virtual file ${file}`);
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: file,
    });
    const module = { exports: {} as Record<string, unknown> };
    cache.set(file, module.exports);
    const localRequire = (specifier: string): unknown => {
      if (!specifier.startsWith('.')) return require(specifier);
      const target = path.posix.join(path.posix.dirname(file), specifier);
      return load(files[`${target}.ts`] !== undefined ? `${target}.ts` : `${target}/index.ts`);
    };
    new Function('require', 'module', 'exports', outputText)(localRequire, module, module.exports);
    cache.set(file, module.exports);
    return module.exports;
  };
  return load(entry);
}

/** Adds generated files to hand-written ones. */
export function withGenerated(files: VirtualFiles, generated: { path: string; contents: string }[]): VirtualFiles {
  return { ...files, ...Object.fromEntries(generated.map((g) => [g.path, g.contents])) };
}

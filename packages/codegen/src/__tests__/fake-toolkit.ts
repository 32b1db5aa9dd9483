import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from '@kubegen/diagnostics';
import type { GeneratedFile, Generator, GeneratorResult } from '@kubegen/emit';
import type { ApiModel, ApiPackage } from '@kubegen/model';
import type { ModelRequest, Toolkit } from '../pipeline';

/** A package with only what the pipeline reads (its folder); the rest is empty. */
export function fakePackage(dir: string): ApiPackage {
  return {
    dir,
    name: path.posix.basename(dir),
    group: 'demo.example.com',
    version: path.posix.basename(dir),
    internal: false,
    markers: [],
    types: [],
    functions: [],
    constants: [],
    files: [`${dir}/foo_types.ts`],
    position: { file: `/abs/${dir}/doc.ts`, line: 1, column: 1 },
  };
}

/** A generator whose output the test sets: a function of the model and its options. */
export function fakeGenerator(
  name: string,
  produce: (model: ApiModel, options: Record<string, unknown>) => Partial<GeneratorResult>,
  markers: string[] = [],
): Generator<object> {
  return {
    name,
    description: `fake ${name}`,
    markers: markers.map((m) => ({ name: m, targets: ['type'], help: m, owner: name })),
    generate(model, options) {
      const result = produce(model, options as Record<string, unknown>);
      return { files: result.files ?? [], diagnostics: result.diagnostics ?? [] };
    },
  };
}

/** A TypeScript file of a generator, at `path`. */
export function tsFile(generator: string, filePath: string, contents: string): GeneratedFile {
  return { path: filePath, contents, language: 'typescript', generator };
}

/** A toolkit with fake generators and a model of the given package folders; it records loader requests. */
export function fakeToolkit(
  generators: Generator<object>[],
  packages: string[] = ['apis/demo/v1'],
  modelDiagnostics: Diagnostic[] = [],
): Toolkit & { requests: ModelRequest[] } {
  const requests: ModelRequest[] = [];
  return {
    generators,
    requests,
    loadModel(request) {
      requests.push(request);
      const model: ApiModel = {
        root: request.root,
        sourceRoots: request.sourceRoots,
        groups: [],
        packages: packages.map(fakePackage),
        externalTypes: [],
        sourceMarkers: [],
      };
      return { model, diagnostics: modelDiagnostics };
    },
  };
}

/** A fresh project folder with a hand-written types file in `apis/demo/v1`. */
export function tempProject(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegen-codegen-'));
  fs.mkdirSync(path.join(root, 'apis/demo/v1'), { recursive: true });
  fs.writeFileSync(path.join(root, 'apis/demo/v1/foo_types.ts'), 'export interface Foo {}\n');
  return root;
}

/** Bytes and modification time of a file, to prove it was not rewritten. */
export function snapshot(file: string): { bytes: string; mtimeMs: number } {
  return { bytes: fs.readFileSync(file, 'utf8'), mtimeMs: fs.statSync(file).mtimeMs };
}

/** Sets a file's times one hour back, so that a rewrite shows as a newer mtime. */
export function age(file: string): void {
  const past = new Date(Date.now() - 3600_000);
  fs.utimesSync(file, past, past);
}

/** Every file under a folder, relative, sorted. */
export function listFiles(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/* The apiserver-boot workflow end to end in a temp dir: init, create api, create subresource, generate, the project's own tests. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as codegen from '@kubegen/codegen';
import { main } from './main';

const repo = path.resolve(__dirname, '..', '..', '..');

function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const env = {
    cwd,
    stdout: (t: string) => out.push(t),
    stderr: (t: string) => err.push(t),
    codegen: () => codegen,
  };
  return main(argv, env).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

/** What `npm install` does for the file: dependencies of the new package.json, without the network. */
function linkDependencies(project: string): void {
  const pkg = JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8'));
  const links: Record<string, string> = {
    typescript: path.join(repo, 'node_modules', 'typescript'),
    '@types/node': path.join(repo, 'node_modules', '@types', 'node'),
  };
  for (const [name, spec] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }) as [
    string,
    string,
  ][]) {
    if (spec.startsWith('file:')) links[name] = spec.slice('file:'.length);
  }
  for (const [name, target] of Object.entries(links)) {
    const at = path.join(project, 'node_modules', name);
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.symlinkSync(target, at, 'dir');
  }
}

jest.setTimeout(120_000);

test('init, create api (cluster-scoped Foo), create subresource bar, generate: the new project builds and passes its tests', async () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegen-workflow-'));
  const init = await run(
    ['init', '--domain', 'example.com', '--name', 'my-api', '--kubegen-from', repo, '.'],
    project,
  );
  expect(init).toMatchObject({ code: 0, err: '' });
  const pkg = JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8'));
  expect(pkg.devDependencies.kubegen).toBe(`file:${path.join(repo, 'packages', 'cli')}`);
  expect(Object.keys(pkg.scripts)).toEqual(['generate', 'check', 'build', 'test']);

  const api = await run(
    [
      'create',
      'api',
      '--group',
      'demo',
      '--version',
      'v1beta1',
      '--kind',
      'Foo',
      '--namespaced=false',
      '--short-name',
      'fo',
    ],
    project,
  );
  expect(api.err).toBe('');
  expect(api.code).toBe(0);
  expect(api.out).toMatch(/created: apis\/demo\/v1beta1\/foo_types\.ts/);
  expect(api.out).toMatch(/wrote \d+ files/);
  const doc = fs.readFileSync(path.join(project, 'apis/demo/v1beta1/doc.ts'), 'utf8');
  expect(doc).toMatch(/\+groupName=demo\.example\.com/);

  const sub = await run(
    [
      'create',
      'subresource',
      '--group',
      'demo',
      '--version',
      'v1beta1',
      '--kind',
      'Foo',
      '--subresource',
      'bar',
    ],
    project,
  );
  expect(sub.err).toBe('');
  expect(sub.code).toBe(0);
  const types = fs.readFileSync(path.join(project, 'apis/demo/v1beta1/foo_types.ts'), 'utf8');
  expect(types).toMatch(
    / \* \+subresource:request=FooBar,path=bar,kind=FooBar\n \*\/\nexport interface Foo /,
  );
  const register = fs.readFileSync(
    path.join(project, 'apis/demo/v1beta1/zz_generated.register.ts'),
    'utf8',
  );
  expect(register).toMatch(/FooBar/);
  expect(register).toMatch(/scope: 'Cluster'/);
  // The boilerplate header heads every generated file.
  expect(register.startsWith('/*\nCopyright')).toBe(true);

  expect((await run(['check'], project)).code).toBe(0);

  linkDependencies(project);
  const tsc = path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, stdio: 'pipe' });
  const report = execFileSync(process.execPath, ['--test', 'dist/'], {
    cwd: project,
    encoding: 'utf8',
  });
  expect(report).toMatch(/# pass 2\n/);
  expect(report).toMatch(/# fail 0\n/);
  fs.rmSync(project, { recursive: true, force: true });
});

test('init into a non-empty folder refuses and writes nothing; --force writes only its own files', async () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegen-init-'));
  fs.writeFileSync(path.join(project, 'notes.txt'), 'mine');
  const refused = await run(['init', '--domain', 'example.com', project], project);
  expect(refused.code).toBe(1);
  expect(refused.err).toMatch(/KG9501.*is not empty \(notes\.txt\)/);
  expect(fs.readdirSync(project)).toEqual(['notes.txt']);
  const forced = await run(['init', '--domain', 'example.com', '--force', project], project);
  expect(forced.code).toBe(0);
  expect(fs.readFileSync(path.join(project, 'notes.txt'), 'utf8')).toBe('mine');
  expect(fs.existsSync(path.join(project, 'kubegen.config.ts'))).toBe(true);
  fs.rmSync(project, { recursive: true, force: true });
});

test('create api for an existing kind refuses without --force; --force rewrites the kind but keeps doc.ts', async () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegen-api-'));
  await run(['init', '--domain', 'example.com', project], project);
  const args = [
    'create',
    'api',
    '--group',
    'demo',
    '--version',
    'v1',
    '--kind',
    'Foo',
    '--skip-generate',
    project,
  ];
  expect((await run(args, project)).code).toBe(0);
  const docPath = path.join(project, 'apis/demo/v1/doc.ts');
  fs.writeFileSync(docPath, '// +groupName=demo.example.com\n// edited by hand\n\nexport {};\n');
  const again = await run(args, project);
  expect(again.code).toBe(1);
  expect(again.err).toMatch(/KG9501.*apis\/demo\/v1\/foo_types\.ts already exists/);
  const forced = await run([...args, '--force'], project);
  expect(forced.code).toBe(0);
  expect(fs.readFileSync(docPath, 'utf8')).toMatch(/edited by hand/);
  fs.rmSync(project, { recursive: true, force: true });
});

test('bad names are all reported together with what to write instead', async () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegen-bad-'));
  await run(['init', '--domain', 'example.com', project], project);
  const bad = await run(
    ['create', 'api', '--group', 'Demo', '--version', 'v1.0', '--kind', 'foo', project],
    project,
  );
  expect(bad.code).toBe(1);
  expect(bad.err).toMatch(/--group 'Demo' is not a DNS label/);
  expect(bad.err).toMatch(
    /--version 'v1\.0' is not a Kubernetes version\n.*for example: --version v1, v1beta1 or v2alpha3/,
  );
  expect(bad.err).toMatch(/--kind 'foo' is not an UpperCamelCase kind name/);
  expect(fs.existsSync(path.join(project, 'apis/Demo'))).toBe(false);
  fs.rmSync(project, { recursive: true, force: true });
});

test('create subresource --type scale adds the marker and the fields it reads, and the CRD serves scale', async () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegen-scale-'));
  await run(['init', '--domain', 'example.com', project], project);
  const kindArgs = ['--group', 'demo', '--version', 'v1', '--kind', 'Foo'];
  expect(
    (await run(['create', 'api', ...kindArgs, '--skip-generate', project], project)).code,
  ).toBe(0);
  const created = await run(
    ['create', 'subresource', ...kindArgs, '--subresource', 'scale', '--type', 'scale', project],
    project,
  );
  expect(created).toMatchObject({ code: 0 });
  const types = fs.readFileSync(path.join(project, 'apis/demo/v1/foo_types.ts'), 'utf8');
  expect(types).toContain(
    '+kubebuilder:subresource:scale:specpath=.spec.replicas,statuspath=.status.replicas,selectorpath=.status.selector',
  );
  expect(types).toMatch(/import type \{ int32, ObjectMeta, TypeMeta \} from '@kubegen\/runtime';/);
  expect(types).toMatch(
    /export interface FooSpec \{\n  \/\*\*[^]*?replicas\?: int32;\n[^]*?foo\?: string;\n\}/,
  );
  expect(types).toMatch(
    /export interface FooStatus \{\n[^]*?replicas\?: int32;\n[^]*?selector\?: string;\n\}/,
  );

  // Generation (run by create subresource) wrote a CRD with the scale subresource and those fields.
  const crd = fs.readFileSync(
    path.join(project, 'config/crd/bases/demo.example.com_foos.yaml'),
    'utf8',
  );
  expect(crd).toMatch(
    /subresources:\n\s+scale:\n\s+labelSelectorPath: \.status\.selector\n\s+specReplicasPath: \.spec\.replicas\n\s+statusReplicasPath: \.status\.replicas\n/,
  );
  expect((await run(['generate', '--check', project], project)).code).toBe(0);

  // Again: the marker is there, so it refuses and changes nothing.
  const again = await run(
    ['create', 'subresource', ...kindArgs, '--subresource', 'scale', '--type', 'scale', project],
    project,
  );
  expect(again.code).toBe(1);
  expect(fs.readFileSync(path.join(project, 'apis/demo/v1/foo_types.ts'), 'utf8')).toBe(types);
  fs.rmSync(project, { recursive: true, force: true });
});

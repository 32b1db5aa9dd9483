import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixture } from '@kubegen/testing';
import { processOpenApiEnvironment, runOpenApiCommand } from './openapi-command';

/** Runs `kubegen openapi …` in-process against a copy of a fixture, with the real loader and writer. */
async function run(fixture: string, argv: string[]) {
  const cwd = copyFixture(fixture);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const env = processOpenApiEnvironment({
    cwd,
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t),
  });
  const code = await runOpenApiCommand(argv, env);
  return { code, cwd, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('kubegen openapi', () => {
  it('--format v2 -o writes the Swagger document', async () => {
    const { code, cwd, stdout, stderr } = await run('demo', [
      '--format',
      'v2',
      '-o',
      'swagger.json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('wrote swagger.json');
    const document = JSON.parse(fs.readFileSync(path.join(cwd, 'swagger.json'), 'utf8'));
    expect(document.swagger).toBe('2.0');
    expect(
      document.paths['/apis/demo.jeremyxu2010.me/v1beta1/foos/{name}/bar'].post.operationId,
    ).toBe('createDemoJeremyxu2010MeV1beta1FooBar');
  });

  it('--format v3 -o DIR writes one document per group-version and the discovery index that hashes them', async () => {
    const { code, cwd } = await run('kitchen-sink', ['--format', 'v3', '-o', 'openapi']);
    expect(code).toBe(0);
    const discovery = JSON.parse(
      fs.readFileSync(path.join(cwd, 'openapi/openapi-v3-discovery.json'), 'utf8'),
    );
    expect(Object.keys(discovery.paths)).toEqual([
      'apis/kitchen.example.com/v1',
      'apis/kitchen.example.com/v1beta1',
    ]);
    for (const [key, entry] of Object.entries<{ serverRelativeURL: string }>(discovery.paths)) {
      const text = fs.readFileSync(path.join(cwd, 'openapi', `${key}.json`), 'utf8');
      const hash = createHash('sha512').update(text).digest('hex').toUpperCase();
      expect(entry.serverRelativeURL).toBe(`/openapi/v3/${key}?hash=${hash}`);
      expect(JSON.parse(text).openapi).toBe('3.0.0');
    }
  });

  it('prints to stdout without -o, and --group-version selects one', async () => {
    const { code, stdout } = await run('kitchen-sink', [
      '--format',
      'v3',
      '--group-version',
      'kitchen.example.com/v1beta1',
    ]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(
      Object.keys(document.paths).every((p) => p.startsWith('/apis/kitchen.example.com/v1beta1/')),
    ).toBe(true);
    const v2 = await run('kitchen-sink', [
      '.',
      '--format',
      'v2',
      '--group-version',
      'kitchen.example.com/v1',
    ]);
    expect(
      Object.keys(JSON.parse(v2.stdout).paths).every((p) =>
        p.startsWith('/apis/kitchen.example.com/'),
      ),
    ).toBe(true);
    expect(Object.keys(JSON.parse(v2.stdout).paths).some((p) => p.includes('/v1beta1/'))).toBe(
      false,
    );
  });

  it('asks for --group-version or -o when v3 goes to stdout and there are several', async () => {
    const { code, stderr } = await run('kitchen-sink', ['--format', 'v3']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'the project serves 2 group-versions (apis/kitchen.example.com/v1, apis/kitchen.example.com/v1beta1): pass --group-version, or -o DIR to write them all',
    );
  });

  it('reports a group-version the project does not serve, with the ones it does', async () => {
    const { code, stderr } = await run('demo', [
      '--format',
      'v2',
      '--group-version',
      'demo.jeremyxu2010.me/v9',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('KG4102');
    expect(stderr).toContain('demo.jeremyxu2010.me/v1beta1');
  });

  it('refuses bad usage with exit code 2 and the help', async () => {
    for (const argv of [
      ['--format', 'v4'],
      ['--format', 'v2', '--style', 'odd'],
      ['--format', 'v2', '--group-version', 'nogroup'],
      ['a', 'b', '--format', 'v2'],
      ['--formt', 'v2'],
    ]) {
      const { code, stderr } = await run('demo', argv);
      expect({ argv, code }).toEqual({ argv, code: 2 });
      expect(stderr).toContain('Usage: kubegen openapi');
    }
    const help = await run('demo', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--group-version <g/v>');
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultMarkerRegistry, describeMarker } from '@kubegen/markers';
import { main } from './main';
import { markersText } from './markers-command';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const env = {
    cwd: '/',
    stdout: (t: string) => out.push(t),
    stderr: (t: string) => err.push(t),
    codegen: () => {
      throw new Error('not needed');
    },
  };
  const code = await main(argv, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('kubegen markers prints every registered marker with its usage, targets and help', async () => {
  const { code, out } = await run(['markers']);
  expect(code).toBe(0);
  for (const definition of defaultMarkerRegistry().all()) {
    expect(out).toContain(
      `  ${describeMarker(definition)}\n      on ${definition.targets.join(', ')}`,
    );
    expect(out).toContain(definition.help);
  }
  expect(out).toMatch(/\+kubebuilder:validation:Minimum=<number>\n      on type, field: smallest allowed value/);
});

test('named arguments are listed with their help', async () => {
  const { out } = await run(['markers']);
  expect(out).toContain('      specpath: JSON path of the desired replicas');
});

test('an unknown option is bad usage', async () => {
  const { code, err } = await run(['markers', '--www']);
  expect(code).toBe(2);
  expect(err).toMatch(/unknown option '--www'/);
});

test('docs/markers.md is generated from the registry and up to date (node packages/cli/scripts/write-markers-doc.js)', () => {
  const committed = fs.readFileSync(
    path.join(__dirname, '..', '..', '..', 'docs', 'markers.md'),
    'utf8',
  );
  expect(committed).toBe(markersText(defaultMarkerRegistry().all(), true));
});

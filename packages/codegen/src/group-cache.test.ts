/*
 * Watch mode reruns `perGroup` generators group by group and keeps the rest. That is only right if a
 * generator's files, run one group at a time, are exactly its files run over the whole model, and if
 * the cache reruns a group whenever anything it reads changed. Both are checked here on real trees.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '@kubegen/diagnostics';
import type { Generator, GeneratorResult } from '@kubegen/emit';
import { createModelLoader } from '@kubegen/model';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { writeTree } from '@kubegen/testing';
import { builtinToolkit } from './builtins';
import { GroupGenerationCache } from './group-cache';

const fixturesDir = path.join(__dirname, '..', '..', '..', 'fixtures');
const fixtures = fs
  .readdirSync(fixturesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(fixturesDir, d.name, 'apis')))
  .map((d) => d.name)
  .sort();
const perGroup = builtinToolkit.generators.filter((g) => g.perGroup);
const markers = builtinToolkit.generators.flatMap((g) => g.markers ?? []);

interface FixtureConfig {
  sourceRoots?: string[];
  generatorOptions?: Record<string, object>;
}

function loaderFor(root: string, sourceRoots: string[] = ['apis']) {
  const registry = defaultMarkerRegistry();
  for (const m of markers) if (!registry.get(m.name)) registry.register(m);
  return createModelLoader({ root, sourceRoots, registry });
}

function diagnosticKeys(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .map(
      (d) => `${d.code} ${d.position?.file}:${d.position?.line}:${d.position?.column} ${d.message}`,
    )
    .sort();
}

function comparable(result: GeneratorResult) {
  return {
    files: [...result.files].sort((a, b) => (a.path < b.path ? -1 : 1)),
    diagnostics: [...new Set(diagnosticKeys(result.diagnostics))],
  };
}

test('the generators watch mode runs group by group', () => {
  expect(perGroup.map((g) => g.name)).toEqual([
    'deepcopy',
    'register',
    'lists',
    'conversion',
    'defaults',
    'validation',
    'crd',
    'openapi',
  ]);
});

describe.each(fixtures)('fixture %s, one group at a time', (fixture) => {
  const root = path.join(fixturesDir, fixture);
  const configPath = path.join(root, 'kubegen.config.json');
  const config = (
    fs.existsSync(configPath) ? JSON.parse(fs.readFileSync(configPath, 'utf8')) : {}
  ) as FixtureConfig;
  const { model } = loaderFor(root, config.sourceRoots).load();

  it.each(perGroup.map((g) => g.name))('%s writes what the whole-model run writes', (name) => {
    const generator = perGroup.find((g) => g.name === name)!;
    const options = config.generatorOptions?.[name] ?? {};
    const whole = generator.generate(model, options);
    const grouped = new GroupGenerationCache().generate(generator, model, options);
    expect(comparable(grouped)).toEqual(comparable(whole));
  });
});

/** Two groups; `b` reaches into `shared` (a third group) and `a` does not. */
function threeGroups(): Record<string, string> {
  const doc = (group: string) => `// +groupName=${group}.example.com\n\nexport {};\n`;
  const kind = (
    name: string,
    importLine: string,
    field: string,
  ) => `import type { ObjectMeta, TypeMeta } from '@kubegen/runtime';
${importLine}
/** ${name} is a test kind. */
export interface ${name} extends TypeMeta {
  metadata?: ObjectMeta;
  spec?: ${name}Spec;
}

/** ${name}Spec is its spec. */
export interface ${name}Spec {
  /** +kubebuilder:validation:MinLength=1 */
  name: string;
${field}
}
`;
  return {
    'apis/a/v1/doc.ts': doc('a'),
    'apis/a/v1/alpha_types.ts': kind('Alpha', '', ''),
    'apis/b/v1/doc.ts': doc('b'),
    'apis/b/v1/beta_types.ts': kind(
      'Beta',
      "import type { Endpoint } from '../../shared/v1/shared_types';",
      '  /** +optional */\n  endpoint?: Endpoint;',
    ),
    'apis/shared/v1/doc.ts': doc('shared'),
    'apis/shared/v1/shared_types.ts': `/** Endpoint is shared. */
export interface Endpoint {
  /** Host name. */
  host: string;
}
`,
  };
}

/** Wraps a generator to count its scoped runs by group. */
function counting(generator: Generator<object>) {
  const runs: string[] = [];
  const wrapped: Generator<object> = {
    ...generator,
    generate(model, options, scope) {
      if (scope) runs.push(...scope.groups);
      return generator.generate(model, options, scope);
    },
  };
  return { wrapped, runs };
}

describe('GroupGenerationCache', () => {
  const validation = perGroup.find((g) => g.name === 'validation')!;
  const crd = perGroup.find((g) => g.name === 'crd')!;

  it('reruns the edited group and the groups that reach into it, and reuses the rest', () => {
    const root = writeTree(threeGroups());
    const loader = loaderFor(root);
    const cache = new GroupGenerationCache();
    const { wrapped, runs } = counting(crd);
    const first = cache.generate(wrapped, loader.load().model, {});
    cache.commit();
    expect(runs.sort()).toEqual(['a.example.com', 'b.example.com', 'shared.example.com']);

    const shared = path.join(root, 'apis/shared/v1/shared_types.ts');
    fs.writeFileSync(
      shared,
      fs
        .readFileSync(shared, 'utf8')
        .replace('host: string;', 'host: string;\n  /** Port. */\n  port?: string;'),
    );
    runs.length = 0;
    const second = cache.generate(wrapped, loader.load([shared]).model, {});
    cache.commit();
    // `shared` changed; `b` reaches it; `a` does not.
    expect(runs.sort()).toEqual(['b.example.com', 'shared.example.com']);
    const betaCrd = (r: GeneratorResult) =>
      r.files.find((f) => f.path.includes('/b.example.com_'))!.contents;
    expect(betaCrd(first)).not.toContain('port:');
    expect(betaCrd(second)).toContain('port:');

    runs.length = 0;
    cache.generate(wrapped, loader.load([]).model, {});
    expect(runs).toEqual([]);
  });

  it('keeps nothing from a failed run, and reports each problem once', () => {
    const root = writeTree(threeGroups());
    const loader = loaderFor(root);
    const cache = new GroupGenerationCache();
    const { wrapped, runs } = counting(validation);
    cache.generate(wrapped, loader.load().model, {});
    cache.commit();

    const alpha = path.join(root, 'apis/a/v1/alpha_types.ts');
    const good = fs.readFileSync(alpha, 'utf8');
    // A pattern JavaScript cannot compile: the validation generator's own error.
    fs.writeFileSync(
      alpha,
      good.replace(
        '+kubebuilder:validation:MinLength=1',
        '+kubebuilder:validation:Pattern=`(?<!a`',
      ),
    );
    runs.length = 0;
    const failed = cache.generate(wrapped, loader.load([alpha]).model, {});
    cache.discard();
    expect(runs).toEqual(['a.example.com']);
    const errors = failed.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(diagnosticKeys(errors)).size).toBe(errors.length);

    // Back to the good text: the first run's result serves again, the failed run's was never kept.
    fs.writeFileSync(alpha, good);
    runs.length = 0;
    const fixed = cache.generate(wrapped, loader.load([alpha]).model, {});
    expect(runs).toEqual([]);
    expect(fixed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

/*
 * Generators whose TypeScript is already exactly what prettier prints, so that the pipeline need not
 * format it: for every fixture, each listed generator's raw output is a fixed point of formatTypeScript.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinToolkit } from './builtins';
import { formatTypeScript } from './format';

/** The generators that claim their output is already prettier-formatted (the pipeline skips formatting them). */
const PREFORMATTED_GENERATORS = builtinToolkit.generators.filter((g) => g.preformatted).map((g) => g.name);

test('the generators that print prettier style themselves are marked preformatted', () => {
  expect(PREFORMATTED_GENERATORS).toEqual(['deepcopy', 'register', 'lists', 'conversion', 'defaults', 'validation', 'openapi']);
});

const fixturesDir = path.join(__dirname, '..', '..', '..', 'fixtures');
const fixtures = fs
  .readdirSync(fixturesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(fixturesDir, d.name, 'apis')))
  .map((d) => d.name)
  .sort();

interface FixtureConfig {
  sourceRoots?: string[];
  generatorOptions?: Record<string, object>;
}

describe.each(fixtures)('fixture %s', (fixture) => {
  const root = path.join(fixturesDir, fixture);
  const configPath = path.join(root, 'kubegen.config.json');
  const config = (fs.existsSync(configPath) ? JSON.parse(fs.readFileSync(configPath, 'utf8')) : {}) as FixtureConfig;

  it.each(PREFORMATTED_GENERATORS)('%s emits prettier-formatted TypeScript', async (name) => {
    const generator = builtinToolkit.generators.find((g) => g.name === name);
    expect(generator).toBeDefined();
    const loaded = await builtinToolkit.loadModel({
      root,
      sourceRoots: config.sourceRoots ?? ['apis'],
      markers: builtinToolkit.generators.flatMap((g) => g.markers ?? []),
    });
    const result = generator!.generate(loaded.model, config.generatorOptions?.[name] ?? {});
    const files = result.files.filter((f) => f.language === 'typescript');
    for (const file of files) {
      // Compared as a whole text so that a failure shows the differing lines.
      expect({ path: file.path, text: file.contents }).toEqual({
        path: file.path,
        text: await formatTypeScript(file.contents, file.path),
      });
    }
  });
});

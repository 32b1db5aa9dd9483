/*
 * A long-lived loader reuses the types of packages whose files (and the files they reach) were not
 * re-parsed. Whatever the edits, its model and diagnostics must be those of a fresh load.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { discoverSourceFiles } from '../discover';
import { createModelLoader, loadApiModel } from '../load';

const REPO = path.resolve(__dirname, '../../../..');

function copyFixture(name: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `kubegen-incremental-${name}-`));
  fs.cpSync(path.join(REPO, 'fixtures', name), root, {
    recursive: true,
    filter: (file) => path.basename(file) !== 'node_modules',
  });
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

const SOURCE_ROOTS: Record<string, string[]> = {
  'kitchen-sink': ['apis', 'controllers'],
  operator: ['apis', 'controllers'],
};

type Edit = 'shift' | 'field' | 'bad-marker' | 'restore';

/** Applies one edit to a file's text: each keeps the file parseable TypeScript. */
function edited(text: string, original: string, edit: Edit, step: number): string {
  switch (edit) {
    case 'shift':
      return `// edit ${step}\n${text}`;
    case 'field':
      return text.replace(
        /(export interface \w+(?: extends [\w, ]+)? \{\n)/,
        `$1  /** Added ${step}. */\n  added${step}?: string;\n`,
      );
    case 'bad-marker':
      return text.replace(
        /(export interface \w+)/,
        `/** +kubebuilder:validation:Minimumm=1 */\n$1`,
      );
    case 'restore':
      return original;
  }
}

const stable = (value: unknown) => JSON.stringify(value);

describe.each(['kitchen-sink', 'wardle', 'apps'])('fixture %s', (fixture) => {
  const root = copyFixture(fixture);
  const sourceRoots = SOURCE_ROOTS[fixture] ?? ['apis'];
  const files = discoverSourceFiles(root, sourceRoots).files.filter(
    (f) => !path.basename(f).startsWith('zz_generated.'),
  );
  const originals = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
  const registry = defaultMarkerRegistry();
  const fresh = () => stable(loadApiModel({ root, sourceRoots, registry }));

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('loads after every edit what a fresh load sees', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            file: fc.constantFrom(...files),
            edit: fc.constantFrom<Edit>('shift', 'field', 'bad-marker', 'restore'),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (edits) => {
          for (const [file, text] of originals) fs.writeFileSync(file, text);
          const loader = createModelLoader({ root, sourceRoots, registry });
          loader.load();
          edits.forEach(({ file, edit }, step) => {
            const text = fs.readFileSync(file, 'utf8');
            fs.writeFileSync(file, edited(text, originals.get(file)!, edit, step));
            expect(stable(loader.load([file]))).toBe(fresh());
          });
        },
      ),
      { numRuns: 10 },
    );
  });

  it('reuses the packages an edit did not reach', () => {
    for (const [file, text] of originals) fs.writeFileSync(file, text);
    const loader = createModelLoader({ root, sourceRoots, registry });
    const before = loader.load().model;
    const file = files.find((f) => /export interface/.test(originals.get(f)!))!;
    fs.writeFileSync(file, `// moved\n${originals.get(file)}`);
    const after = loader.load([file]).model;
    const dir = path.relative(root, path.dirname(file)).split(path.sep).join('/');
    const reused = after.packages.filter((p) => before.packages.some((q) => q.types === p.types));
    expect(reused.map((p) => p.dir)).not.toContain(dir);
    expect(reused.length).toBeGreaterThan(0);
  });
});

test('a file added or removed is seen by the next load', () => {
  const root = copyFixture('demo');
  const registry = defaultMarkerRegistry();
  const loader = createModelLoader({ root, registry });
  loader.load();
  const added = path.join(root, 'apis/demo/v1/extra_types.ts');
  fs.writeFileSync(
    added,
    '/** Extra is new. */\nexport interface Extra {\n  /** A name. */\n  name: string;\n}\n',
  );
  expect(stable(loader.load([added]))).toBe(stable(loadApiModel({ root, registry })));
  fs.rmSync(added);
  expect(stable(loader.load([added]))).toBe(stable(loadApiModel({ root, registry })));
  fs.rmSync(root, { recursive: true, force: true });
});

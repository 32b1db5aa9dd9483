import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixture } from '@kubegen/testing';
import { watch, type Watcher } from './watch';
import type { SessionRun } from './watch-session';

const TYPES = 'apis/demo/v1/foo_types.ts';
const OPENAPI = 'apis/demo/v1/zz_generated.openapi.ts';
const CRD = 'config/crd/bases/demo.jeremyxu2010.me_foos.yaml';

/** Collects the runs of a watcher; `next()` waits for the next one. */
function runRecorder() {
  const runs: SessionRun[] = [];
  let waiting: ((run: SessionRun) => void) | undefined;
  return {
    runs,
    onRun(run: SessionRun) {
      runs.push(run);
      waiting?.(run);
      waiting = undefined;
    },
    next(): Promise<SessionRun> {
      return new Promise((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error('no run within 20s')), 20_000);
        waiting = (run) => {
          clearTimeout(timeout);
          resolve(run);
        };
      });
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watch', () => {
  let root: string;
  let watcher: Watcher | undefined;
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  const edit = (file: string, change: (text: string) => string) =>
    fs.writeFileSync(path.join(root, file), change(read(file)));

  beforeEach(() => {
    root = copyFixture('demo');
  });
  afterEach(async () => {
    await watcher?.close();
    watcher = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('regenerates on edit, keeps the output through an error, and regenerates once fixed', async () => {
    const recorder = runRecorder();
    watcher = watch({ root, debounceMs: 20, onRun: recorder.onRun });
    const first = await watcher.ready;
    expect(first.trigger).toBe('initial');
    expect(first.result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const original = { openapi: read(OPENAPI), crd: read(CRD) };
    expect(original.openapi).not.toContain('colour');

    let next = recorder.next();
    edit(TYPES, (t) =>
      t.replace('  paused?: boolean;', '  paused?: boolean;\n  /** Paint. */\n  colour?: string;'),
    );
    const edited = await next;
    expect(edited.trigger).toBe('change');
    expect(edited.changed).toEqual([TYPES]);
    expect(edited.result.written).toEqual(expect.arrayContaining([OPENAPI, CRD]));
    expect(read(OPENAPI)).toContain('colour');
    expect(read(CRD)).toContain('colour');
    const good = { openapi: read(OPENAPI), crd: read(CRD) };

    next = recorder.next();
    edit(TYPES, (t) =>
      t.replace('+kubebuilder:validation:Minimum=0', '+kubebuilder:validation:Minimumm=0'),
    );
    const broken = await next;
    const errors = broken.result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'KG1001',
        position: { file: path.join(root, TYPES), line: 30, column: 6 },
      }),
    ]);
    expect(broken.result.written).toEqual([]);
    expect(broken.result.deleted).toEqual([]);
    expect({ openapi: read(OPENAPI), crd: read(CRD) }).toEqual(good);

    next = recorder.next();
    edit(TYPES, (t) =>
      t
        .replace('+kubebuilder:validation:Minimumm=0', '+kubebuilder:validation:Minimum=0')
        .replace('  /** Paint. */\n  colour?: string;\n', ''),
    );
    const fixed = await next;
    expect(fixed.result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect({ openapi: read(OPENAPI), crd: read(CRD) }).toEqual(original);
  });

  it('does not react to its own output, nor to files outside the sources', async () => {
    const recorder = runRecorder();
    watcher = watch({ root, debounceMs: 20, onRun: recorder.onRun });
    await watcher.ready;
    // Generated files, the output folder and unrelated files change; none is an input.
    fs.writeFileSync(path.join(root, 'apis/demo/v1/zz_generated.deepcopy.ts'), '// touched\n');
    fs.writeFileSync(path.join(root, CRD), 'touched: true\n');
    fs.writeFileSync(path.join(root, 'README.md'), 'touched\n');
    await pause(500);
    expect(recorder.runs).toHaveLength(1);
  });

  it('reloads on a config change and picks up a new source file', async () => {
    const recorder = runRecorder();
    watcher = watch({ root, debounceMs: 20, onRun: recorder.onRun });
    await watcher.ready;

    let next = recorder.next();
    fs.writeFileSync(
      path.join(root, 'kubegen.config.json'),
      JSON.stringify({ generators: ['deepcopy'], generatorOptions: { nope: {} } }),
    );
    const badConfig = await next;
    expect(badConfig.trigger).toBe('config');
    expect(badConfig.result.diagnostics.map((d) => d.message)).toEqual([
      "generatorOptions names an unknown generator 'nope'",
    ]);

    next = recorder.next();
    fs.writeFileSync(
      path.join(root, 'kubegen.config.json'),
      JSON.stringify({ generators: ['deepcopy'] }),
    );
    const reloaded = await next;
    expect(reloaded.trigger).toBe('config');
    expect(reloaded.result.diagnostics).toEqual([]);

    next = recorder.next();
    fs.writeFileSync(
      path.join(root, 'apis/demo/v1/bar_types.ts'),
      '/** Bar is new. */\nexport interface Bar {\n  name?: string;\n}\n',
    );
    const added = await next;
    expect(added.result.written).toEqual(['apis/demo/v1/zz_generated.deepcopy.ts']);
    expect(read('apis/demo/v1/zz_generated.deepcopy.ts')).toContain('deepCopyBar');
  });
});

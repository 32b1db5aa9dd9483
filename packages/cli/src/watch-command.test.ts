import * as fs from 'node:fs';
import * as path from 'node:path';
import * as codegen from '@kubegen/codegen';
import { copyFixture } from '@kubegen/testing';
import { parseWatchArgs, runWatchCommand, type WatchEnvironment } from './watch-command';

const TYPES = 'apis/demo/v1/foo_types.ts';

/** An environment whose output the test reads and whose stop signal the test gives. */
function testEnvironment(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const env: WatchEnvironment = {
    cwd,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    codegen: () => codegen,
    stopped,
  };
  return { env, out, err, stop };
}

/** Waits until `probe` holds, polling; fails after 20s. */
async function eventually(probe: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('condition not met within 20s');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('kubegen watch', () => {
  let root: string;
  beforeEach(() => {
    root = copyFixture('demo');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('prints each run, prints errors without exiting, and stops with 0', async () => {
    const { env, out, err, stop } = testEnvironment(root);
    const exit = runWatchCommand(['--debounce', '20'], env);
    await eventually(() => out.includes('watching for changes (Ctrl-C to stop)'));
    expect(out[0]).toMatch(/^wrote \d+ files?, \d+ unchanged, 0 errors in \d+\.\ds$/);

    const types = path.join(root, TYPES);
    const good = fs.readFileSync(types, 'utf8');
    fs.writeFileSync(types, good.replace('Minimum=0', 'Minimumm=0'));
    await eventually(() => err.length > 0 && out.some((l) => l.startsWith('nothing written')));
    expect(err.join('\n')).toContain(
      `${TYPES}:30:6 - error KG1001: unknown marker +kubebuilder:validation:Minimumm`,
    );
    expect(out).toContain(`changed: ${TYPES}`);
    expect(out[out.length - 1]).toMatch(
      /^nothing written: 1 error in \d+\.\ds; the files of the last good run are kept$/,
    );

    const before = out.length;
    fs.writeFileSync(
      types,
      good.replace('paused?: boolean;', 'paused?: boolean;\n  colour?: string;'),
    );
    await eventually(() => out.slice(before).some((l) => l.startsWith('wrote ')));
    expect(out.slice(before).find((l) => l.startsWith('wrote '))).toMatch(
      /^wrote [1-9]\d* files?, /,
    );

    stop();
    await expect(exit).resolves.toBe(0);
  });

  it('writes one JSON object per run with --json', async () => {
    const { env, out, stop } = testEnvironment(root);
    const exit = runWatchCommand(['--json', '.'], env);
    await eventually(() => out.length > 0);
    const first = JSON.parse(out[0]) as { command: string; trigger: string; written: string[] };
    expect(first).toMatchObject({ command: 'watch', trigger: 'initial', diagnostics: [] });
    expect(first.written).toEqual(expect.any(Array));
    stop();
    await expect(exit).resolves.toBe(0);
  });
});

describe('parseWatchArgs', () => {
  it('reads the folder and options, and accepts --watch from `generate --watch`', () => {
    expect(parseWatchArgs(['--watch', 'proj', '-g', 'deepcopy, crd', '--debounce', '250'])).toEqual(
      {
        dir: 'proj',
        quiet: false,
        json: false,
        generators: ['deepcopy', 'crd'],
        debounceMs: 250,
      },
    );
    expect(parseWatchArgs(['-h'])).toBe('help');
  });

  it('refuses bad usage with a message', () => {
    expect(parseWatchArgs(['--debounce', 'soon'])).toBe(
      '--debounce must be a whole number of milliseconds, e.g. --debounce 200',
    );
    expect(parseWatchArgs(['a', 'b'])).toBe('expected at most one folder, got a b');
    expect(parseWatchArgs(['--bogus'])).toMatch(/bogus/);
  });
});

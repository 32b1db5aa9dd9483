/*
 * One-shot generation shares the `perGroup` generators with a helper process on large trees. The files
 * must be those of a run in one process, whether the helper delivers, fails or saw another tree.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ApiModel } from '@kubegen/model';
import { builtinGenerators, builtinToolkit } from './builtins';
import {
  MIN_GROUPS_FOR_HELPER,
  modelFingerprint,
  runShare,
  splitGroups,
  type HelperResult,
  type HelperStarter,
} from './parallel';
import type { Toolkit } from './pipeline';
import { checkWith, generateWith } from './run';

// The benchmark's tree writer: N kinds, ten per group, every marker the generators read.
const { syntheticFiles } = require('../../../scripts/bench/synthetic') as {
  syntheticFiles(n: number): Record<string, string>;
};
const repoRoot = path.resolve(__dirname, '..', '..', '..');

function syntheticTree(kinds: number): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubegen-parallel-'));
  for (const [file, text] of Object.entries(syntheticFiles(kinds))) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

/** A helper that does the helper process's work in this process, as `generate-worker.ts` does it. */
function inlineHelper(change?: (result: HelperResult) => HelperResult): HelperStarter {
  return (request) => {
    const work = async (): Promise<HelperResult> => {
      const loaded = await builtinToolkit.loadModel({
        root: request.root,
        sourceRoots: request.sourceRoots,
        markers: builtinGenerators.flatMap((g) => g.markers ?? []),
      });
      const selected = builtinGenerators.filter((g) => request.generators.includes(g.name));
      const [, theirs] = splitGroups(loaded.model);
      const share = runShare(selected, loaded.model, request.generatorOptions, theirs);
      const result = { ...share, fingerprint: modelFingerprint(loaded.model) };
      return change ? change(result) : result;
    };
    return { result: work(), cancel: () => undefined };
  };
}

const withHelper = (startHelper: HelperStarter): Toolkit => ({ ...builtinToolkit, startHelper });
const alone: Toolkit = { ...builtinToolkit, startHelper: undefined };

describe('one-shot generation with a helper', () => {
  const root = syntheticTree(MIN_GROUPS_FOR_HELPER * 10 + 5);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  beforeAll(async () => {
    const result = await generateWith({ root }, alone);
    expect(result.diagnostics).toEqual([]);
    expect(result.written.length).toBeGreaterThan(0);
  });

  it('produces exactly what one process produces', async () => {
    const checked = await checkWith({ root }, withHelper(inlineHelper()));
    expect(checked).toMatchObject({ ok: true, stale: [], missing: [], orphaned: [] });
  });

  it('does the share itself when the helper fails', async () => {
    const failing: HelperStarter = () => {
      const result = Promise.reject(new Error('helper crashed'));
      result.catch(() => undefined);
      return { result, cancel: () => undefined };
    };
    expect((await checkWith({ root }, withHelper(failing))).ok).toBe(true);
  });

  it('does the share itself when the helper saw another tree', async () => {
    const stale = inlineHelper((r) => ({ ...r, files: [], fingerprint: 'another tree' }));
    expect((await checkWith({ root }, withHelper(stale))).ok).toBe(true);
  });

  it('cancels the helper of a tree too small to share', async () => {
    const small = syntheticTree(10);
    let cancelled = false;
    const starter: HelperStarter = (request) => {
      const run = inlineHelper()(request)!;
      return { ...run, cancel: () => (cancelled = true) };
    };
    const result = await generateWith({ root: small }, withHelper(starter));
    expect(result.diagnostics).toEqual([]);
    expect(cancelled).toBe(true);
    fs.rmSync(small, { recursive: true, force: true });
  });

  it('the built command with its helper process agrees with one process', () => {
    const bin = path.join(repoRoot, 'packages', 'cli', 'bin', 'kubegen.js');
    const worker = path.join(repoRoot, 'packages', 'codegen', 'dist', 'generate-worker.js');
    // `npm test` builds first; a bare jest run over the sources has no helper to start.
    if (!fs.existsSync(worker)) return;
    const run = spawnSync(process.execPath, [bin, 'generate', '--check', root], {
      encoding: 'utf8',
      env: { ...process.env, KUBEGEN_WORKERS: '1' },
    });
    expect(`${run.stdout}${run.stderr}`).toContain('all up to date');
    expect(run.status).toBe(0);
  });
});

describe('splitGroups', () => {
  const model = (weights: number[]): ApiModel =>
    ({
      groups: weights.map((_, i) => ({ name: `g${i}` })),
      packages: weights.map((w, i) => ({ group: `g${i}`, types: new Array(w).fill({}) })),
    }) as unknown as ApiModel;

  it('puts every group in exactly one share, the same way every time', () => {
    const m = model([5, 9, 1, 7, 7, 3, 12, 2]);
    const [mine, theirs] = splitGroups(m);
    const all = [...mine.groups, ...theirs.groups].sort();
    expect(all).toEqual(m.groups.map((g) => g.name).sort());
    expect([...mine.groups].filter((g) => theirs.groups.has(g))).toEqual([]);
    expect(splitGroups(m)).toEqual([mine, theirs]);
  });

  it('gives this process a little more than half of the types', () => {
    const m = model(new Array(50).fill(22));
    const [mine] = splitGroups(m);
    expect(mine.groups.size).toBeGreaterThanOrEqual(27);
    expect(mine.groups.size).toBeLessThanOrEqual(29);
  });
});

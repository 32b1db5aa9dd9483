import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { fork, type ChildProcess } from 'node:child_process';
import type { GenerationScope, Generator, GeneratorResult } from '@kubegen/emit';
import type { ApiModel } from '@kubegen/model';
import { generateScoped, mergeResults } from './scoped-run';

/*
 * One-shot generation of a large tree uses a second core: a helper process loads the same model (beside
 * this process's load, so it costs no wall time) and runs the `perGroup` generators for part of the
 * groups while this process runs them for the rest. Both shares are scoped runs, so the files and
 * diagnostics are those of one whole-model run (parallel.test.ts and group-cache.test.ts check it).
 */

/** What the helper needs to redo this process's model and run its share: plain data only. */
export interface HelperRequest {
  root: string;
  sourceRoots: string[];
  /** Names of the selected generators; the helper runs the `perGroup` ones. */
  generators: string[];
  /** Each generator's options, the header included (as the pipeline passes them). */
  generatorOptions: Record<string, object>;
}

/** The helper's share: its files and diagnostics, and the model it saw (to check it is this process's). */
export interface HelperResult extends GeneratorResult {
  fingerprint: string;
}

/** A running helper. */
export interface HelperRun {
  result: Promise<HelperResult>;
  /** Stops the helper when its share is not wanted (small tree, errors). */
  cancel(): void;
}

/** Starts a helper, or returns undefined where none can run (one core, sources run by jest, disabled). */
export type HelperStarter = (request: HelperRequest) => HelperRun | undefined;

/** Trees with fewer groups are generated in one process: a helper's start-up would cost more than it saves. */
export const MIN_GROUPS_FOR_HELPER = 4;

const WORKER_SCRIPT = path.join(__dirname, 'generate-worker.js');

/** A helper is started only for trees of this many `.ts` files or more (about four groups of ten kinds). */
const MIN_SOURCE_FILES_FOR_HELPER = 40;

/** Whether the source roots hold at least `count` `.ts` files (stops counting there). */
function hasSourceFiles(request: HelperRequest, count: number): boolean {
  let found = 0;
  const walk = (dir: string): boolean => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
        if (walk(path.join(dir, entry.name))) return true;
      } else if (entry.name.endsWith('.ts') && ++found >= count) return true;
    }
    return false;
  };
  return request.sourceRoots.some((r) => walk(path.resolve(request.root, r)));
}

/**
 * Starts the built-in helper process (`generate-worker.js`) when `KUBEGEN_WORKERS=1`. Off by default: on
 * the two-core reference machine the two processes slowed each other down (memory-bound work) by as much
 * as the split saved, and the helper's own start and model load are pure overhead there. A process,
 * not a worker thread: generation allocates heavily, and two isolates of one process slow each other's
 * garbage collection down so much that a thread gained nothing on two cores.
 */
export const startWorkerHelper: HelperStarter = (request) => {
  if (process.env.KUBEGEN_WORKERS !== '1') return undefined;
  if (os.availableParallelism() < 2 || !fs.existsSync(WORKER_SCRIPT)) return undefined;
  // Not worth a process for a small tree; counting its files is much cheaper than starting one.
  if (!hasSourceFiles(request, MIN_SOURCE_FILES_FOR_HELPER)) return undefined;
  let child: ChildProcess;
  try {
    child = fork(WORKER_SCRIPT, [], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
  } catch {
    return undefined;
  }
  const result = new Promise<HelperResult>((resolve, reject) => {
    child.once('message', (message) => {
      try {
        resolve(readShare((message as ShareMessage).file));
      } catch (e) {
        reject(e);
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`generate helper exited with code ${code}`)));
  });
  child.send(request);
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  const settled = result.finally(stop);
  // The caller never awaits a cancelled helper's result.
  settled.catch(() => undefined);
  return { result: settled, cancel: stop };
};

/** What the helper sends when done: the file its share is in (an IPC message this large is slow). */
export interface ShareMessage {
  file: string;
}

/** Writes a share where `readShare` finds it; returns the file. */
export function writeShare(result: HelperResult): string {
  const file = path.join(os.tmpdir(), `kubegen-share-${process.pid}-${Date.now()}.bin`);
  fs.writeFileSync(file, v8.serialize(result));
  return file;
}

function readShare(file: string): HelperResult {
  try {
    return v8.deserialize(fs.readFileSync(file)) as HelperResult;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/*
 * This process takes a little more than half: the helper starts later (a new Node process loads its
 * modules while this one is already loading the model), so an even split would leave this one waiting.
 */
const OWN_SHARE = 0.56;

/**
 * The groups in two shares of work (types as the measure), the same in any process that loaded the same
 * model: this process takes the first, the helper the second.
 */
export function splitGroups(model: ApiModel): [GenerationScope, GenerationScope] {
  const weight = new Map<string, number>();
  for (const pkg of model.packages)
    weight.set(pkg.group, (weight.get(pkg.group) ?? 0) + pkg.types.length);
  const byWeight = model.groups
    .map((g) => g.name)
    .sort((a, b) => weight.get(b)! - weight.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const shares = [new Set<string>(), new Set<string>()];
  const totals = [0, 0];
  const targets = [OWN_SHARE, 1 - OWN_SHARE];
  for (const group of byWeight) {
    // The share furthest below its target takes the next (heaviest remaining) group.
    const i = totals[0] / targets[0] <= totals[1] / targets[1] ? 0 : 1;
    shares[i].add(group);
    totals[i] += weight.get(group)!;
  }
  return [{ groups: shares[0] }, { groups: shares[1] }];
}

/** What identifies a model between processes: packages, their types and files. */
export function modelFingerprint(model: ApiModel): string {
  return JSON.stringify(
    model.packages.map((p) => [p.dir, p.group, p.types.map((t) => t.id), p.files]),
  );
}

/** Runs the `perGroup` generators among `generators` for `scope`, each scoped, merged. */
export function runShare(
  generators: readonly Generator<object>[],
  model: ApiModel,
  generatorOptions: Record<string, object>,
  scope: GenerationScope,
): GeneratorResult {
  return mergeResults(
    generators
      .filter((g) => g.perGroup)
      .map((g) => {
        const produced = generateScoped(g, model, generatorOptions[g.name] ?? {}, scope);
        return { ...produced, files: produced.files.map((f) => ({ ...f, generator: g.name })) };
      }),
  );
}

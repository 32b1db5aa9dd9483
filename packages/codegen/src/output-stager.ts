import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GeneratedFile } from '@kubegen/emit';

/*
 * Writing hundreds of files is mostly waiting on the disk. A one-shot run stages each generator's files
 * while the next generators compute: a worker thread writes them beside their targets as `<file>.<pid>.tmp`
 * (the names `writeAtomically` uses). The run then only renames the staged ones into place, or deletes
 * them all when it found errors: nothing reaches a target before the whole run succeeded.
 */

/** What stages output for one run. */
export interface OutputStager {
  /** Hands files over for staging (final contents only: preformatted or not TypeScript). */
  stage(root: string, files: readonly GeneratedFile[]): void;
  /** Waits for the staging to finish; returns the root-relative paths staged, with the contents staged. */
  drain(): Promise<Map<string, string>>;
  /** Deletes every staged file and stops the worker. */
  abort(): Promise<void>;
  /** Stops the worker (after the staged files were renamed or deleted). */
  close(): Promise<void>;
}

/** The temporary file a target is staged in (the one `writeAtomically` uses). */
export function stagedPath(file: string): string {
  return `${file}.${process.pid}.tmp`;
}

/** What the worker is sent: files to stage, or a request to report. */
export type StagerMessage =
  | { type: 'stage'; root: string; suffix: string; files: { path: string; contents: string }[] }
  | { type: 'drain' };

/** What the worker answers a drain with: the root-relative paths it staged (written to the temporary file). */
export interface StagerReport {
  staged: string[];
}

const WORKER_SCRIPT = path.join(__dirname, 'stage-worker.js');

/** Starts a stager, or returns undefined where its worker cannot run (sources run by jest). */
export function startOutputStager(workerScript = WORKER_SCRIPT): OutputStager | undefined {
  if (!fs.existsSync(workerScript)) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(workerScript);
  } catch {
    // No thread to be had (resource limits): the run writes its files itself, as without a stager.
    return undefined;
  }
  worker.unref();
  const sent = new Map<string, { root: string; contents: string }>();
  let failure: unknown;
  worker.on('error', (e) => (failure = e));
  const report = () =>
    new Promise<Map<string, string>>((resolve) => {
      if (failure) return resolve(new Map());
      worker.once('message', (message: StagerReport) => {
        const staged = new Map<string, string>();
        for (const p of message.staged) staged.set(p, sent.get(p)!.contents);
        resolve(staged);
      });
      worker.once('error', () => resolve(new Map()));
      worker.postMessage({ type: 'drain' } satisfies StagerMessage);
    });
  let drained: Promise<Map<string, string>> | undefined;
  return {
    stage(root, files) {
      if (failure || drained || files.length === 0) return;
      for (const f of files) sent.set(f.path, { root, contents: f.contents });
      const message: StagerMessage = {
        type: 'stage',
        root,
        suffix: `.${process.pid}.tmp`,
        files: files.map((f) => ({ path: f.path, contents: f.contents })),
      };
      worker.postMessage(message);
    },
    drain() {
      return (drained ??= report());
    },
    async abort() {
      await this.drain().catch(() => undefined);
      // Whatever was sent may have been staged, even if the report was lost.
      await Promise.all(
        [...sent].map(([p, { root }]) =>
          fs.promises.rm(stagedPath(path.join(root, p)), { force: true }),
        ),
      );
      await worker.terminate();
    },
    async close() {
      await worker.terminate();
    },
  };
}

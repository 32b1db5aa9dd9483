import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GenerateOptions } from './types';
import type { WatchScope } from './watch-scope';
import { createGenerationSession, type SessionRun } from './watch-session';
import { createIncrementalToolkit, type IncrementalToolkit } from './watch-toolkit';

/**
 * Default quiet time after a change, in ms. One save arrives as a few file events within a few ms
 * (truncate and write, or write and rename); 20 ms gathers them without adding to the edit-to-output time.
 */
export const DEFAULT_DEBOUNCE_MS = 20;

/** Options of `watch`: those of `generate`, plus the pause and what to do after each run. */
export interface WatchOptions extends GenerateOptions {
  /** Quiet time after the last change before regenerating, in ms (default `DEFAULT_DEBOUNCE_MS`). */
  debounceMs?: number;
  /** Called after every run, the first included, with its result (diagnostics included). */
  onRun?(run: SessionRun): void;
  /** Called when watching or running fails unexpectedly (a kubegen bug or a vanished folder); watching goes on. */
  onFailure?(failure: unknown): void;
}

/** A running watch. */
export interface Watcher {
  /** Settles after the first run. */
  ready: Promise<SessionRun>;
  /** Stops watching and waits for a run in progress to finish. */
  close(): Promise<void>;
}

/**
 * Generates, then regenerates whenever a source, the header or the configuration changes, keeping one
 * program alive. It watches the source roots recursively and the project root itself (not node_modules).
 */
export function watch(
  options: WatchOptions = {},
  toolkit: IncrementalToolkit = createIncrementalToolkit(),
): Watcher {
  const { debounceMs = DEFAULT_DEBOUNCE_MS, onRun, onFailure, ...generateOptions } = options;
  const session = createGenerationSession(generateOptions, toolkit);
  const watchers = new Map<string, fs.FSWatcher>();
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const fail = (e: unknown) => onFailure?.(e);

  const onEvent = (dir: string) => (_event: string, name: string | Buffer | null) => {
    if (closed) return;
    if (name === null) session.noteUnknownChanges();
    else if (session.noteChange(path.join(dir, name.toString())) === 'ignore') return;
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  function syncWatchers(scope: WatchScope): void {
    const wanted = wantedWatches(scope);
    for (const [key, watcher] of watchers) {
      if (!wanted.has(key) || !fs.existsSync(key.slice(2))) {
        watcher.close();
        watchers.delete(key);
      }
    }
    for (const [key, recursive] of wanted) {
      const dir = key.slice(2);
      if (watchers.has(key) || !fs.existsSync(dir)) continue;
      try {
        const watcher = fs.watch(dir, { recursive }, onEvent(dir));
        watcher.on('error', fail);
        watchers.set(key, watcher);
      } catch (e) {
        fail(e);
      }
    }
  }

  async function runAndReport(): Promise<SessionRun> {
    const run = await session.run();
    // A source root created since the last run is watched from now on; a new config may name others.
    if (!closed) syncWatchers(await session.scope());
    onRun?.(run);
    return run;
  }

  /** Starts a run; a change noted meanwhile starts another when it ends. */
  function launch(reportFailure: boolean): Promise<SessionRun> {
    const run = runAndReport();
    running = run
      .then(() => undefined, reportFailure ? fail : () => undefined)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          flush();
        }
      });
    return run;
  }

  function flush(): void {
    if (closed) return;
    if (running) again = true;
    else void launch(true);
  }

  // Watch before the first run, so that an edit made while it runs is not lost.
  const ready = session.scope().then((scope) => {
    if (!closed) syncWatchers(scope);
    // The first run's failure is the caller's, through `ready`.
    return launch(false);
  });

  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      await ready.catch(() => undefined);
      await running;
    },
  };
}

/**
 * The folders to watch, keyed `r:<dir>` (recursive) or `f:<dir>` (that folder only): the source roots,
 * the project root for its config files, the header file's folder.
 */
function wantedWatches(scope: WatchScope): Map<string, boolean> {
  const wanted = new Map<string, boolean>();
  for (const dir of scope.sourceDirs) wanted.set(`r:${dir}`, true);
  wanted.set(`f:${scope.root}`, false);
  if (scope.headerFile) {
    const dir = path.dirname(scope.headerFile);
    const covered = scope.sourceDirs.some((s) => dir === s || dir.startsWith(s + path.sep));
    if (!covered) wanted.set(`f:${dir}`, false);
  }
  return wanted;
}

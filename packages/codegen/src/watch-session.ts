import * as path from 'node:path';
import { generateWith } from './run';
import type { GenerateOptions, GenerateResult } from './types';
import { createIncrementalToolkit, type IncrementalToolkit } from './watch-toolkit';
import { classifyChange, resolveWatchScope, type ChangeKind, type WatchScope } from './watch-scope';

/** One generation of a long-lived session and what started it. */
export interface SessionRun {
  /** `initial` for the first run, `config` after a configuration change, else `change`. */
  trigger: 'initial' | 'change' | 'config';
  /** Root-relative `/` paths whose change started the run, sorted; empty when the host could not name them. */
  changed: string[];
  result: GenerateResult;
}

/**
 * Generation kept alive between runs, for watch mode and the build plugin: one program, changes noted
 * as they come, runs that never overlap. A failed run writes nothing (generate's rule), so the output
 * of the last good run stays on disk.
 */
export interface GenerationSession {
  /** Records a changed path (absolute); returns what it means. */
  noteChange(file: string): ChangeKind;
  /** Records that inputs may have changed without saying which (esbuild rebuilds): the next run re-reads all. */
  noteUnknownChanges(): void;
  /** Generates with the changes noted; with none since the last run, returns that run again. */
  run(): Promise<SessionRun>;
  /** The paths the session reacts to, as of the last run. */
  scope(): Promise<WatchScope>;
}

interface PendingChanges {
  config: boolean;
  unknown: boolean;
  files: Set<string>;
}

/** Creates a session over the project the options name; nothing runs until `run()`. */
export function createGenerationSession(
  options: GenerateOptions = {},
  toolkit: IncrementalToolkit = createIncrementalToolkit(),
): GenerationSession {
  let scope = resolveWatchScope(options, toolkit.generators);
  let known: WatchScope | undefined;
  void scope.then((s) => (known ??= s));
  let pending: PendingChanges = noChanges();
  let last: SessionRun | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  async function runOnce(): Promise<SessionRun> {
    const dirty = pending.config || pending.unknown || pending.files.size > 0;
    if (last && !dirty) return last;
    const taken = pending;
    pending = noChanges();
    if (taken.config) {
      toolkit.reset();
      scope = resolveWatchScope(options, toolkit.generators);
    }
    known = await scope;
    if (taken.unknown) toolkit.markAllChanged();
    else toolkit.markChanged([...taken.files].filter((f) => f.endsWith('.ts')));
    let result: GenerateResult;
    try {
      result = await generateWith(options, toolkit);
    } catch (e) {
      // The kept program may be half-updated; the next run starts from a fresh one.
      toolkit.reset();
      throw e;
    }
    const root = known.root;
    last = {
      trigger: !last ? 'initial' : taken.config ? 'config' : 'change',
      changed: [...taken.files].map((f) => path.relative(root, f).split(path.sep).join('/')).sort(),
      result,
    };
    return last;
  }

  return {
    noteChange(file) {
      const absolute = path.resolve(file);
      // Before the scope is known nothing can be classified, so assume the worst.
      const kind = known ? classifyChange(known, absolute) : 'config';
      if (kind === 'config') pending.config = true;
      if (kind !== 'ignore') pending.files.add(absolute);
      return kind;
    },
    noteUnknownChanges() {
      pending.unknown = true;
    },
    run() {
      const next = queue.then(runOnce);
      queue = next.catch(() => undefined);
      return next;
    },
    scope: () => scope,
  };
}

function noChanges(): PendingChanges {
  return { config: false, unknown: false, files: new Set() };
}

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Codes, error, hasErrors, sortDiagnostics, type Diagnostic } from '@kubegen/diagnostics';
import { findStaleTemporaries, writeAtomically } from './disk';
import { stagedPath } from './output-stager';
import { plan, type Toolkit } from './pipeline';
import type { CheckResult, GenerateOptions, GenerateResult } from './types';

/** Generates with the given toolkit, then writes changed files and deletes orphans, unless any error. */
export async function generateWith(
  options: GenerateOptions,
  toolkit: Toolkit,
): Promise<GenerateResult> {
  const started = performance.now();
  const stager = toolkit.createStager?.();
  let planned: Awaited<ReturnType<typeof plan>>;
  try {
    planned = await plan(options, toolkit, stager);
  } catch (e) {
    await stager?.abort();
    throw e;
  }
  const { root } = planned.options;
  const diagnostics = [...planned.diagnostics];
  const written: string[] = [];
  const deleted: string[] = [];
  if (hasErrors(diagnostics)) await stager?.abort();
  const staged = hasErrors(diagnostics) ? undefined : await stager?.drain();
  if (!hasErrors(diagnostics)) {
    const changed = planned.files.filter((p) => p.state !== 'unchanged').map((p) => p.file);
    const total = changed.length + planned.orphaned.length;
    let done = 0;
    const progress = () =>
      options.onProgress?.({ phase: 'write', done, total, packages: planned.packages });
    progress();
    await Promise.all(
      changed.map(async (file) => {
        const target = path.join(root, file.path);
        const failure = await attempt(() =>
          staged?.get(file.path) === file.contents
            ? fs.rename(stagedPath(target), target)
            : writeAtomically(target, file.contents),
        );
        staged?.delete(file.path);
        if (failure) diagnostics.push(writeFailed('write', file.path, failure));
        else written.push(file.path);
        if (!failure) await toolkit.diskMemo?.remember(path.join(root, file.path), file.contents);
        done += 1;
        progress();
      }),
    );
    for (const file of planned.orphaned) {
      const failure = await attempt(() => fs.rm(path.join(root, file)));
      if (failure) diagnostics.push(writeFailed('delete', file, failure));
      else deleted.push(file);
      done += 1;
      progress();
    }
    // What a killed run left half-staged is kubegen's to clear; nobody else writes those names.
    const { sourceRoots, outputDirs } = planned.options;
    for (const file of await findStaleTemporaries(root, sourceRoots, outputDirs)) {
      if (!(await attempt(() => fs.rm(path.join(root, file))))) deleted.push(file);
    }
  }
  if (staged) {
    // Staged for files the plan found up to date after all: not needed.
    await Promise.all(
      [...staged.keys()].map((p) => fs.rm(stagedPath(path.join(root, p)), { force: true })),
    );
    await stager?.close();
  }
  if (toolkit.diskMemo && !hasErrors(diagnostics)) {
    const memo = toolkit.diskMemo;
    // Files found up to date by reading are vouched for from now on.
    await Promise.all(
      planned.files
        .filter((p) => p.state === 'unchanged' && !p.remembered)
        .map((p) => memo.remember(path.join(root, p.file.path), p.file.contents)),
    );
  }
  return {
    root,
    written: written.sort(),
    unchanged: planned.files.filter((p) => p.state === 'unchanged').map((p) => p.file.path),
    deleted,
    diagnostics: sortDiagnostics(diagnostics),
    durationMs: Math.round(performance.now() - started),
  };
}

/** Generates in memory with the given toolkit and compares with the disk; writes nothing. */
export async function checkWith(options: GenerateOptions, toolkit: Toolkit): Promise<CheckResult> {
  const started = performance.now();
  const planned = await plan(options, toolkit);
  const pathsIn = (state: string) =>
    planned.files.filter((p) => p.state === state).map((p) => p.file.path);
  const stale = pathsIn('stale');
  const missing = pathsIn('missing');
  const errors = hasErrors(planned.diagnostics);
  return {
    root: planned.options.root,
    stale,
    missing,
    orphaned: planned.orphaned,
    unchanged: pathsIn('unchanged'),
    ok: !errors && stale.length + missing.length + planned.orphaned.length === 0,
    diagnostics: sortDiagnostics(planned.diagnostics),
    durationMs: Math.round(performance.now() - started),
  };
}

async function attempt(action: () => Promise<void>): Promise<unknown> {
  try {
    await action();
    return undefined;
  } catch (e) {
    return e ?? 'unknown failure';
  }
}

function writeFailed(action: 'write' | 'delete', file: string, failure: unknown): Diagnostic {
  const reason = (failure as NodeJS.ErrnoException).code ?? String(failure);
  return error(
    Codes.WriteFailed,
    `cannot ${action} ${file}: ${reason}`,
    undefined,
    'check that the folder is writable and the file is not locked',
  );
}

import * as path from 'node:path';
import { Codes, error, hasErrors, uniqueDiagnostics, type Diagnostic } from '@kubegen/diagnostics';
import type { GeneratedFile, Generator } from '@kubegen/emit';
import type { MarkerDefinition } from '@kubegen/markers';
import type { ApiModel } from '@kubegen/model';
import { findGeneratedSources, readIfExists } from './disk';
import type { DiskMemo } from './disk-memo';
import type { OutputStager } from './output-stager';
import type { GroupGenerationCache } from './group-cache';
import type { HelperRun, HelperStarter } from './parallel';
import { generatorOptionsOf, runGenerators } from './run-generators';
import { FormatCache, textHash } from './format-cache';
import { formatFiles, formatterId } from './format';
import { checkDuplicates, checkOwnership } from './ownership';
import { resolveOptions, type ResolvedOptions } from './resolve-options';
import type { GenerateOptions } from './types';

/** What the model loader is asked for: the markers of every known generator join the shared catalogue. */
export interface ModelRequest {
  root: string;
  sourceRoots: string[];
  markers: MarkerDefinition[];
}

/** The model and the loader's diagnostics. */
export interface LoadedModel {
  model: ApiModel;
  diagnostics: Diagnostic[];
}

/** What the pipeline runs with: the built-in table in production, fakes in tests. */
export interface Toolkit {
  /** Every known generator, in the order they run. */
  generators: readonly Generator<object>[];
  loadModel(request: ModelRequest): LoadedModel | Promise<LoadedModel>;
  /** One-shot runs stage output while generating (see output-stager.ts); absent in tests and sessions. */
  createStager?: () => OutputStager | undefined;
  /** One-shot runs of large trees hand part of the groups to a helper process started here. */
  startHelper?: HelperStarter;
  /** Long-lived sessions remember the generated files they saw on disk here. */
  diskMemo?: DiskMemo;
  /** Long-lived sessions keep per-group results here and rerun `perGroup` generators only where inputs changed. */
  groupCache?: GroupGenerationCache;
}

/** A produced file and how it compares with the disk. */
export interface PlannedFile {
  file: GeneratedFile;
  state: 'missing' | 'stale' | 'unchanged';
  /** The session's disk memo vouched for it: not read this run. */
  remembered?: boolean;
}

/** Everything generation produced, compared with the disk; nothing written yet. */
export interface Plan {
  options: ResolvedOptions;
  /** The number of API packages of the tree. */
  packages: number;
  /** Sorted by path; empty when there are errors. */
  files: PlannedFile[];
  /** Root-relative paths of generated sources this run no longer produces, sorted. */
  orphaned: string[];
  diagnostics: Diagnostic[];
}

function startHelper(toolkit: Toolkit, resolved: ResolvedOptions): HelperRun | undefined {
  if (!toolkit.startHelper || toolkit.groupCache || !resolved.selected.some((g) => g.perGroup))
    return undefined;
  return toolkit.startHelper({
    root: resolved.root,
    sourceRoots: resolved.sourceRoots,
    generators: resolved.selected.map((g) => g.name),
    generatorOptions: generatorOptionsOf(resolved),
  });
}

/** Runs the pipeline up to the comparison with the disk: options, model, generators, ownership, format. */
export async function plan(
  options: GenerateOptions,
  toolkit: Toolkit,
  stager?: OutputStager,
): Promise<Plan> {
  const { resolved, diagnostics } = await resolveOptions(options, toolkit.generators);
  const progress = options.onProgress ?? (() => undefined);

  progress({ phase: 'load', done: 0, total: 1 });
  // Started before the load, so that the helper's own load runs beside this one.
  const helper = startHelper(toolkit, resolved);
  const loaded = await toolkit.loadModel({
    root: resolved.root,
    sourceRoots: resolved.sourceRoots,
    markers: toolkit.generators.flatMap((g) => g.markers ?? []),
  });
  diagnostics.push(...loaded.diagnostics);
  const packages = loaded.model.packages.length;
  progress({ phase: 'load', done: 1, total: 1, packages });
  const empty = (): Plan => {
    helper?.cancel();
    toolkit.groupCache?.discard();
    return { options: resolved, packages, files: [], orphaned: [], diagnostics: uniqueDiagnostics(diagnostics) };
  };
  if (
    loaded.model.packages.length === 0 &&
    !diagnostics.some((d) => d.code === Codes.NoApiPackages)
  ) {
    diagnostics.push(noApiPackages(resolved));
  }

  // Files the format step leaves as they are: what generators produce is what gets written.
  const preformattedNames = new Set(
    resolved.selected.filter((g) => g.preformatted).map((g) => g.name),
  );
  const isFinal = (file: GeneratedFile) =>
    file.language !== 'typescript' || preformattedNames.has(file.generator);
  const produced = await runGenerators({
    model: loaded.model,
    options: resolved,
    diagnostics,
    modelHasErrors: hasErrors(loaded.diagnostics),
    groupCache: toolkit.groupCache,
    helper,
    onFiles: stager && ((files) => stager.stage(resolved.root, files.filter(isFinal))),
    progress: (done, total) => progress({ phase: 'generate', done, total, packages }),
  });
  diagnostics.push(...checkOwnership(produced, resolved.outputDirs), ...checkDuplicates(produced));
  if (hasErrors(diagnostics)) return empty();

  // A file whose unformatted text already equals the disk needs no prettier run: the disk holds
  // formatted text, and formatting formatted text changes nothing. kubegen's printer emits text in
  // prettier's style, so an unchanged tree skips prettier entirely (fast `--check` and watch).
  const memo = toolkit.diskMemo;
  // A session's memo vouches for files it saw last run; the others are read.
  const known = await Promise.all(
    produced.map((file) => memo?.holds(path.join(resolved.root, file.path), file.contents)),
  );
  const disk = await Promise.all(
    produced.map((file, i) => (known[i] ? undefined : readDisk(resolved.root, file))),
  );
  // Generators that print prettier's output themselves need no prettier run at all.
  const preformatted = new Set(resolved.selected.filter((g) => g.preformatted).map((g) => g.name));
  const formattedHere = (file: GeneratedFile) =>
    file.language === 'typescript' && !preformatted.has(file.generator);
  const cache = produced.some(formattedHere)
    ? await FormatCache.open(resolved.root, formatterId())
    : undefined;
  // Up to date without formatting: the disk holds the unformatted text itself, or what prettier made of it.
  const upToDate = produced.map((file, i) => {
    const existing = disk[i];
    if (known[i]) return true;
    if (existing == null) return false;
    if (isSame(existing, file.contents)) return true;
    return formattedHere(file) && cache?.formattedHash(file.contents) === textHash(existing);
  });
  const toFormat = produced.filter((file, i) => !upToDate[i] && !preformatted.has(file.generator));
  progress({ phase: 'format', done: 0, total: toFormat.length, packages });
  const formatted = await formatFiles(toFormat);
  progress({ phase: 'format', done: toFormat.length, total: toFormat.length, packages });
  diagnostics.push(...formatted.diagnostics);
  if (hasErrors(diagnostics)) return empty();
  toFormat.forEach((file, i) => {
    if (file.language === 'typescript') cache?.remember(file.contents, formatted.files[i].contents);
  });
  await cache?.save();

  const formattedByPath = new Map(formatted.files.map((f) => [f.path, f]));
  const planned: PlannedFile[] = produced.map((file, i) => {
    const existing = disk[i];
    if (known[i]) return { file, state: 'unchanged', remembered: true };
    if (upToDate[i])
      return { file: { ...file, contents: existing!.toString('utf8') }, state: 'unchanged' };
    const final = formattedByPath.get(file.path) ?? file;
    const state =
      existing === undefined ? 'missing' : isSame(existing, final.contents) ? 'unchanged' : 'stale';
    return { file: final, state };
  });
  planned.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  const files = planned.map((p) => p.file);
  const orphaned = await findOrphans(resolved, files);
  toolkit.groupCache?.commit();
  // A marker two generators read (a schema marker: CRD and OpenAPI) is reported once.
  return { options: resolved, packages, files: planned, orphaned, diagnostics: uniqueDiagnostics(diagnostics) };
}

/** The bytes on disk, undefined when missing; something unreadable in the way counts as different. */
async function readDisk(root: string, file: GeneratedFile): Promise<Buffer | null | undefined> {
  return readIfExists(path.join(root, file.path)).catch(() => null);
}

function isSame(existing: Buffer | null | undefined, contents: string): boolean {
  return existing != null && existing.equals(Buffer.from(contents));
}

/*
 * With every generator running, any unproduced zz_generated source is an orphan. With a subset, only
 * files named like one the subset produced are, so `--generators deepcopy` never deletes register files.
 */
async function findOrphans(
  options: ResolvedOptions,
  files: readonly GeneratedFile[],
): Promise<string[]> {
  const producedPaths = new Set(files.map((f) => f.path));
  const producedNames = new Set(files.map((f) => path.posix.basename(f.path)));
  const existing = await findGeneratedSources(options.root, options.sourceRoots);
  return existing.filter(
    (file) =>
      !producedPaths.has(file) &&
      (options.allSelected || producedNames.has(path.posix.basename(file))),
  );
}

function noApiPackages(options: ResolvedOptions): Diagnostic {
  return error(
    Codes.NoApiPackages,
    `no API packages found under ${options.sourceRoots.join(', ')} in ${options.root}`,
    undefined,
    'an API package is a folder whose doc.ts has a `// +groupName=<group>` marker; ' +
      'run kubegen from the project root or pass the project folder',
  );
}

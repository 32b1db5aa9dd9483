import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type * as Codegen from '@kubegen/codegen';
import { displayPath, generateSummary, type OutputContext } from './output';

/** What `kubegen watch` needs: streams, the watcher, and a signal to stop on. */
export interface WatchEnvironment {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Loaded on demand: `--help` needs none of the code generation. */
  codegen(): Pick<typeof Codegen, 'watch' | 'formatDiagnostics'>;
  /** Settles when the user asks to stop (Ctrl-C); the command then closes the watcher and returns 0. */
  stopped: Promise<void>;
}

/** `kubegen watch` as the command line asks for it. */
export interface WatchRequest {
  dir: string;
  quiet: boolean;
  json: boolean;
  generators?: string[];
  debounceMs?: number;
}

/** Help text of `kubegen watch`. */
export const WATCH_HELP = `Usage: kubegen watch [dir] [options]
       kubegen generate --watch [dir] [options]

Generates for the project in dir (default: .), then regenerates whenever an API source, the header
file or the configuration changes, keeping one program alive. Errors are printed and the files of
the last good run stay as they are; fix the sources and the next save regenerates. Ctrl-C stops.

Options:
  -g, --generators <a,b>   Run only these generators
      --debounce <ms>      Quiet time after the last change before regenerating (default 20)
  -q, --quiet              Print errors only
      --json               One JSON object per run on stdout (for editors)
  -h, --help               Show this help`;

const OPTIONS = {
  generators: { type: 'string', short: 'g' },
  debounce: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  json: { type: 'boolean' },
  // Accepted so that `generate --watch …` can be handed over unchanged.
  watch: { type: 'boolean', short: 'w' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses the arguments after `watch` (or `generate`, `--watch` included); a string is a usage error. */
export function parseWatchArgs(argv: readonly string[]): WatchRequest | 'help' | string {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length > 1) return `expected at most one folder, got ${positionals.join(' ')}`;
  const request: WatchRequest = {
    dir: positionals[0] ?? '.',
    quiet: values.quiet === true,
    json: values.json === true,
  };
  if (values.generators !== undefined) {
    const names = values.generators
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    if (names.length === 0)
      return '--generators needs at least one name, e.g. --generators deepcopy,register';
    request.generators = names;
  }
  if (values.debounce !== undefined) {
    const ms = Number(values.debounce);
    if (!Number.isInteger(ms) || ms < 0)
      return '--debounce must be a whole number of milliseconds, e.g. --debounce 200';
    request.debounceMs = ms;
  }
  return request;
}

/** Runs `kubegen watch` until `env.stopped` settles; returns the exit code (0 stopped, 1 failed, 2 bad usage). */
export async function runWatchCommand(
  argv: readonly string[],
  env: WatchEnvironment,
): Promise<number> {
  const request = parseWatchArgs(argv);
  if (request === 'help') {
    env.stdout(WATCH_HELP);
    return 0;
  }
  if (typeof request === 'string') {
    env.stderr(`kubegen: ${request}\n\n${WATCH_HELP}`);
    return 2;
  }
  const codegen = env.codegen();
  const root = path.resolve(env.cwd, request.dir);
  const context: OutputContext = { cwd: env.cwd, root };
  const watcher = codegen.watch({
    root,
    generators: request.generators,
    debounceMs: request.debounceMs,
    onRun: (run) => report(run, request, env, codegen, context),
    onFailure: (failure) => env.stderr(`kubegen: watch: ${describe(failure)}`),
  });
  try {
    await watcher.ready;
  } catch (e) {
    await watcher.close();
    env.stderr(`kubegen: internal error: ${describe(e)}`);
    return 1;
  }
  if (!request.quiet && !request.json) env.stdout('watching for changes (Ctrl-C to stop)');
  await env.stopped;
  await watcher.close();
  return 0;
}

function report(
  run: Codegen.SessionRun,
  request: WatchRequest,
  env: WatchEnvironment,
  codegen: Pick<typeof Codegen, 'formatDiagnostics'>,
  context: OutputContext,
): void {
  const { result } = run;
  if (request.json) {
    env.stdout(
      JSON.stringify({ command: 'watch', trigger: run.trigger, changed: run.changed, ...result }),
    );
    return;
  }
  const shown = request.quiet
    ? result.diagnostics.filter((d) => d.severity === 'error')
    : result.diagnostics;
  if (shown.length > 0) env.stderr(codegen.formatDiagnostics(shown, { cwd: env.cwd }));
  if (request.quiet) return;
  if (run.trigger !== 'initial') env.stdout(triggerLine(run, context));
  for (const file of result.deleted) env.stdout(`deleted: ${displayPath(context, file)}`);
  const failed = result.diagnostics.some((d) => d.severity === 'error');
  env.stdout(generateSummary(result) + (failed ? '; the files of the last good run are kept' : ''));
}

function triggerLine(run: Codegen.SessionRun, context: OutputContext): string {
  const what = run.trigger === 'config' ? 'configuration changed' : 'changed';
  const files = run.changed.map((f) => displayPath(context, f));
  const shown = files.length > 3 ? [...files.slice(0, 3), `and ${files.length - 3} more`] : files;
  return `${what}${shown.length > 0 ? `: ${shown.join(', ')}` : ''}`;
}

function describe(failure: unknown): string {
  return failure instanceof Error ? (failure.stack ?? failure.message) : String(failure);
}

/** The process's streams, and Ctrl-C (SIGINT) or SIGTERM as the stop signal. */
export function processWatchEnvironment(
  io: Pick<WatchEnvironment, 'cwd' | 'stdout' | 'stderr'>,
): WatchEnvironment {
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  return {
    ...io,
    codegen: () => require('@kubegen/codegen') as typeof Codegen,
    stopped,
  };
}

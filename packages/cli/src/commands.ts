import * as path from 'node:path';
import type * as Codegen from '@kubegen/codegen';
import type { RunRequest } from './args';
import {
  checkFailures,
  checkSummary,
  displayPath,
  generateSummary,
  updateHint,
  type OutputContext,
} from './output';
import { progressLineFor, type ProgressLine, type ProgressStream } from './progress';

/** The part of @kubegen/codegen the CLI drives. */
export type CodegenApi = Pick<
  typeof Codegen,
  'generate' | 'check' | 'formatDiagnostics' | 'listGenerators'
>;

/** Where the CLI reads its working folder from and writes its text to. */
export interface CliEnvironment {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  codegen(): CodegenApi;
  /** The raw stderr stream, for the progress line; without it (or when not a TTY) none is shown. */
  stderrStream?: ProgressStream;
}

/** Runs `generate` or `check` and prints the outcome; returns the exit code (0 ok, 1 errors or stale). */
export async function runCommand(request: RunRequest, env: CliEnvironment): Promise<number> {
  const progress = progressLineFor(env.stderrStream, request);
  const codegen = progress ? clearingAfterRun(env.codegen(), progress) : env.codegen();
  const root = path.resolve(env.cwd, request.dir);
  const options = { root, generators: request.generators, onProgress: progress?.onProgress };
  const context: OutputContext = { cwd: env.cwd, root };
  return request.check
    ? runCheck(codegen, options, request, env, context)
    : runGenerate(codegen, options, request, env, context);
}

/** Codegen whose runs erase the progress line when they end (or throw), before anything else is printed. */
function clearingAfterRun(codegen: CodegenApi, progress: ProgressLine): CodegenApi {
  return {
    ...codegen,
    generate: (options) => codegen.generate(options).finally(() => progress.clear()),
    check: (options) => codegen.check(options).finally(() => progress.clear()),
  };
}

async function runCheck(
  codegen: CodegenApi,
  options: Codegen.GenerateOptions,
  request: RunRequest,
  env: CliEnvironment,
  context: OutputContext,
): Promise<number> {
  const result = await codegen.check(options);
  const code = result.ok ? 0 : 1;
  if (request.json) {
    printJson(env, { command: 'check', exitCode: code, ...result });
    return code;
  }
  printDiagnostics(env, codegen, request, result.diagnostics);
  const failures = checkFailures(context, result);
  if (failures.length > 0) env.stdout([...failures, updateHint(context)].join('\n'));
  if (!request.quiet) env.stdout(checkSummary(result));
  return code;
}

async function runGenerate(
  codegen: CodegenApi,
  options: Codegen.GenerateOptions,
  request: RunRequest,
  env: CliEnvironment,
  context: OutputContext,
): Promise<number> {
  const result = await codegen.generate(options);
  const code = result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  if (request.json) {
    printJson(env, { command: 'generate', exitCode: code, ...result });
    return code;
  }
  printDiagnostics(env, codegen, request, result.diagnostics);
  if (!request.quiet) {
    for (const file of result.deleted) env.stdout(`deleted: ${displayPath(context, file)}`);
    env.stdout(generateSummary(result));
  }
  return code;
}

function printDiagnostics(
  env: CliEnvironment,
  codegen: CodegenApi,
  request: RunRequest,
  diagnostics: readonly Codegen.Diagnostic[],
): void {
  const shown = request.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  if (shown.length > 0) env.stderr(codegen.formatDiagnostics(shown, { cwd: env.cwd }));
}

function printJson(env: CliEnvironment, value: object): void {
  env.stdout(JSON.stringify(value, null, 2));
}

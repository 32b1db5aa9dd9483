import { parseCommandLine } from './args';
import { runCommand, type CliEnvironment, type CodegenApi } from './commands';
import { helpText } from './help';
import { readVersion } from './version';

export type { CliEnvironment, CodegenApi } from './commands';

/** The process's own streams and folder; codegen is loaded only when a command needs it (not for --help). */
function processEnvironment(): CliEnvironment {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    stderrStream: process.stderr,
    codegen: () => require('@kubegen/codegen') as CodegenApi,
  };
}

/** Runs the kubegen command line; resolves to the exit code (0 ok, 1 errors or stale files, 2 bad usage). */
export async function main(
  argv: readonly string[],
  env: CliEnvironment = processEnvironment(),
): Promise<number> {
  // Commands with their own argument parsers, wired in by name (issue 7 grows this list).
  if (argv[0] === 'openapi') {
    // Loaded on use, like codegen: `kubegen --version` must not pay for the generators.
    const openapi = require('./openapi-command') as typeof import('./openapi-command');
    const io = { cwd: env.cwd, stdout: env.stdout, stderr: env.stderr };
    return openapi.runOpenApiCommand(argv.slice(1), openapi.processOpenApiEnvironment(io));
  }
  if (argv[0] === 'init' || argv[0] === 'create') {
    const scaffold = require('./scaffold-command') as typeof import('./scaffold-command');
    return scaffold.runScaffoldCommand(argv, env);
  }
  if (argv[0] === 'markers') {
    const markers = require('./markers-command') as typeof import('./markers-command');
    return markers.runMarkersCommand(argv.slice(1), env.stdout, env.stderr);
  }
  // `generate --watch` (or -w) is `watch` with the generate arguments.
  const watching =
    argv[0] === 'watch' ||
    (argv[0] === 'generate' && argv.some((a) => a === '--watch' || a === '-w'));
  if (watching) {
    const watch = require('./watch-command') as typeof import('./watch-command');
    const io = { cwd: env.cwd, stdout: env.stdout, stderr: env.stderr };
    const rest = argv
      .slice(1)
      .filter((a) => argv[0] === 'watch' || (a !== '--watch' && a !== '-w'));
    return watch.runWatchCommand(rest, watch.processWatchEnvironment(io));
  }
  const parsed = parseCommandLine(argv);
  switch (parsed.kind) {
    case 'help':
      // Only a command's help needs the generator list, and so the (slow to load) code generation.
      env.stdout(helpText(parsed.command, parsed.command ? env.codegen().listGenerators() : []));
      return 0;
    case 'version':
      env.stdout(readVersion());
      return 0;
    case 'usage-error':
      env.stderr(`kubegen: ${parsed.message}\n\n${helpText(parsed.command)}`);
      return 2;
    case 'run':
      try {
        return await runCommand(parsed, env);
      } catch (e) {
        // Bad input is reported as diagnostics; an exception here is a kubegen bug, shown in full.
        env.stderr(
          `kubegen: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        );
        return 1;
      }
  }
}

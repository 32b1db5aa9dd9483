import { parseArgs } from 'node:util';
import { isCommandName, type CommandName } from './help';

/** A command line to run generate or check. */
export interface RunRequest {
  kind: 'run';
  command: CommandName;
  /** The project folder as written (default `.`). */
  dir: string;
  check: boolean;
  quiet: boolean;
  json: boolean;
  generators?: string[];
}

/** What the command line asks for. */
export type ParsedCommandLine =
  | RunRequest
  | { kind: 'help'; command?: CommandName }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string; command?: CommandName };

const CHECK_OPTIONS = {
  quiet: { type: 'boolean', short: 'q' },
  json: { type: 'boolean' },
  generators: { type: 'string', short: 'g' },
  help: { type: 'boolean', short: 'h' },
} as const;

const GENERATE_OPTIONS = { ...CHECK_OPTIONS, check: { type: 'boolean' } } as const;

/** Parses `kubegen <command> [options]`; never throws, bad usage comes back as `usage-error`. */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'usage-error', message: 'no command given' };
  if (first === '-h' || first === '--help') return { kind: 'help' };
  if (first === '-v' || first === '--version') return { kind: 'version' };
  if (first === 'help') {
    if (rest[0] === undefined) return { kind: 'help' };
    return isCommandName(rest[0])
      ? { kind: 'help', command: rest[0] }
      : { kind: 'usage-error', message: `unknown command '${rest[0]}'` };
  }
  if (!isCommandName(first)) {
    const what = first.startsWith('-') ? 'option' : 'command';
    return { kind: 'usage-error', message: `unknown ${what} '${first}'` };
  }
  return parseRun(first, rest);
}

function parseRun(command: CommandName, args: string[]): ParsedCommandLine {
  const options = command === 'check' ? CHECK_OPTIONS : GENERATE_OPTIONS;
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    return { kind: 'usage-error', message: describeParseError(e), command };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help', command };
  if (positionals.length > 1) {
    return {
      kind: 'usage-error',
      message: `expected at most one folder, got ${positionals.join(' ')}`,
      command,
    };
  }
  const request: RunRequest = {
    kind: 'run',
    command,
    dir: positionals[0] ?? '.',
    check: command === 'check' || ('check' in values && values.check === true),
    quiet: values.quiet === true,
    json: values.json === true,
  };
  if (values.generators !== undefined) {
    const names = values.generators
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    if (names.length === 0) {
      return {
        kind: 'usage-error',
        message: '--generators needs at least one name, e.g. --generators deepcopy,register',
        command,
      };
    }
    request.generators = names;
  }
  return request;
}

function describeParseError(e: unknown): string {
  const { code, message } = e as { code?: string; message?: string };
  const text = String(message ?? e);
  const option = /'([^']+)'/.exec(text)?.[1];
  // Node's text goes on to explain `--`, which is noise for a flag that is simply misspelt.
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option '${option}'`;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

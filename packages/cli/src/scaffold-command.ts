import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Codes, error, formatDiagnostics, type Diagnostic } from '@kubegen/diagnostics';
import {
  applyPlan,
  blockingEntries,
  kindFile,
  planCreateApi,
  planCreateSubresource,
  planInit,
  readProjectFile,
  type ScaffoldPlan,
  type SubresourceType,
} from '@kubegen/scaffold';
import { runCommand, type CliEnvironment } from './commands';
import { readVersion } from './version';

const INIT_OPTIONS = {
  domain: { type: 'string' },
  name: { type: 'string' },
  owner: { type: 'string' },
  'kubegen-from': { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const API_OPTIONS = {
  group: { type: 'string' },
  version: { type: 'string' },
  kind: { type: 'string' },
  namespaced: { type: 'string' },
  plural: { type: 'string' },
  'short-name': { type: 'string' },
  'with-status-subresource': { type: 'boolean' },
  'skip-generate': { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SUBRESOURCE_OPTIONS = {
  group: { type: 'string' },
  version: { type: 'string' },
  kind: { type: 'string' },
  subresource: { type: 'string' },
  type: { type: 'string' },
  'skip-generate': { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Help of the scaffolding commands. */
export const SCAFFOLD_HELP = `Usage:
  kubegen init --domain <domain> [--name <npm name>] [--owner <copyright holder>] [--force] [dir]
  kubegen create api --group <g> --version <v> --kind <Kind> [--namespaced=false] [--plural <p>]
                     [--short-name <s>] [--with-status-subresource] [--skip-generate] [--force] [dir]
  kubegen create subresource --group <g> --version <v> --kind <Kind> --subresource <name>
                     [--type arbitrary|scale|status] [--skip-generate] [--force] [dir]

init writes a project that builds and passes its own tests; create api writes
apis/<g>/<v>/doc.ts (when missing) and <kind>_types.ts, then generates. Groups get the
project's domain (from PROJECT): --group demo is demo.<domain>. No file is overwritten
without --force, and --force rewrites only the files the command owns.
  --kubegen-from <dir>  depend on a kubegen checkout by file: links instead of npm versions`;

/** Runs `kubegen init` or `kubegen create api|subresource`; returns the exit code. */
export async function runScaffoldCommand(
  argv: readonly string[],
  env: CliEnvironment,
): Promise<number> {
  const [command, ...rest] = argv;
  const sub = command === 'create' ? rest[0] : undefined;
  const args = command === 'create' ? rest.slice(1) : rest;
  try {
    if (command === 'init') return report(env, init(args, env));
    if (sub === 'api') return await afterCreate(env, createApi(args, env));
    if (sub === 'subresource') return await afterCreate(env, createSubresource(args, env));
    env.stderr(
      `kubegen: create needs 'api' or 'subresource', got '${sub ?? ''}'\n\n${SCAFFOLD_HELP}`,
    );
    return 2;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    env.stderr(e.message === 'help' ? SCAFFOLD_HELP : `kubegen: ${e.message}\n\n${SCAFFOLD_HELP}`);
    return e.message === 'help' ? 0 : 2;
  }
}

class UsageError extends Error {}

interface Outcome {
  root: string;
  written: string[];
  diagnostics: Diagnostic[];
  generate: boolean;
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('. ')[0]);
  }
  if ((parsed.values as { help?: boolean }).help) throw new UsageError('help');
  if (parsed.positionals.length > 1)
    throw new UsageError(`expected at most one folder, got ${parsed.positionals.join(' ')}`);
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    dir: parsed.positionals[0] ?? '.',
  };
}

function required(
  values: Record<string, string | boolean | undefined>,
  names: string[],
): Record<string, string> {
  const missing = names.filter((n) => typeof values[n] !== 'string');
  if (missing.length > 0)
    throw new UsageError(`missing ${missing.map((n) => `--${n}`).join(', ')}`);
  return values as Record<string, string>;
}

function init(args: string[], env: CliEnvironment): Outcome {
  const { values, dir } = parse(args, INIT_OPTIONS);
  const { domain } = required(values, ['domain']);
  const root = path.resolve(env.cwd, dir);
  const from =
    typeof values['kubegen-from'] === 'string'
      ? path.resolve(env.cwd, values['kubegen-from'])
      : undefined;
  const version = `^${readVersion()}`;
  const link = (pkg: string) => (from ? `file:${path.join(from, 'packages', pkg)}` : version);
  const plan = planInit({
    domain,
    name: typeof values.name === 'string' ? values.name : defaultName(root),
    owner: typeof values.owner === 'string' ? values.owner : undefined,
    kubegenPackages: {
      kubegen: link('cli'),
      '@kubegen/codegen': link('codegen'),
      '@kubegen/runtime': link('runtime'),
    },
    typescript: '^5.9.0 || ^6.0.0',
    year: new Date().getFullYear(),
  });
  const blocking = blockingEntries(root);
  if (blocking.length > 0 && !values.force) {
    plan.diagnostics.push(
      error(
        Codes.ScaffoldWouldOverwrite,
        `${dir} is not empty (${blocking.slice(0, 5).join(', ')}${blocking.length > 5 ? ', …' : ''})`,
        undefined,
        'run kubegen init in an empty folder, or pass --force to write its files there (other files are left alone)',
      ),
    );
  }
  return apply(root, plan, values.force === true, false);
}

function createApi(args: string[], env: CliEnvironment): Outcome {
  const { values, dir } = parse(args, API_OPTIONS);
  const given = required(values, ['group', 'version', 'kind']);
  const root = path.resolve(env.cwd, dir);
  const { project, diagnostics } = readProjectFile(root);
  if (!project) return { root, written: [], diagnostics, generate: false };
  const namespaced = values.namespaced;
  if (namespaced !== undefined && namespaced !== 'true' && namespaced !== 'false') {
    throw new UsageError(`--namespaced takes true or false, got '${String(namespaced)}'`);
  }
  const plan = planCreateApi({
    domain: project.domain,
    group: given.group,
    version: given.version,
    kind: given.kind,
    namespaced: namespaced !== 'false',
    plural: typeof values.plural === 'string' ? values.plural : undefined,
    shortName: typeof values['short-name'] === 'string' ? values['short-name'] : undefined,
    withStatusSubresource: values['with-status-subresource'] === true,
  });
  return apply(root, plan, values.force === true, values['skip-generate'] !== true);
}

function createSubresource(args: string[], env: CliEnvironment): Outcome {
  const { values, dir } = parse(args, SUBRESOURCE_OPTIONS);
  const given = required(values, ['group', 'version', 'kind', 'subresource']);
  const type = (values.type ?? 'arbitrary') as string;
  if (!['arbitrary', 'scale', 'status'].includes(type)) {
    throw new UsageError(`--type takes arbitrary, scale or status, got '${type}'`);
  }
  const root = path.resolve(env.cwd, dir);
  const source = path.join(root, kindFile(given.group, given.version, given.kind));
  const text = fs.existsSync(source) ? fs.readFileSync(source, 'utf8') : undefined;
  const plan = planCreateSubresource(
    {
      group: given.group,
      version: given.version,
      kind: given.kind,
      subresource: given.subresource,
      type: type as SubresourceType,
    },
    text,
  );
  return apply(root, plan, values.force === true, values['skip-generate'] !== true);
}

function apply(root: string, plan: ScaffoldPlan, force: boolean, generate: boolean): Outcome {
  const result = applyPlan(root, plan, { force });
  return { root, written: result.written, diagnostics: result.diagnostics, generate };
}

function report(env: CliEnvironment, outcome: Outcome): number {
  if (outcome.diagnostics.length > 0)
    env.stderr(formatDiagnostics(outcome.diagnostics, { cwd: env.cwd }));
  const failed = outcome.diagnostics.some((d) => d.severity === 'error');
  for (const file of outcome.written) {
    env.stdout(
      `created: ${path.relative(env.cwd, path.join(outcome.root, file)).split(path.sep).join('/')}`,
    );
  }
  return failed ? 1 : 0;
}

/** After a successful `create`, regenerates as apiserver-boot does, so the new kind is registered at once. */
async function afterCreate(env: CliEnvironment, outcome: Outcome): Promise<number> {
  const code = report(env, outcome);
  if (code !== 0 || !outcome.generate) return code;
  const dir = path.relative(env.cwd, outcome.root) || '.';
  return runCommand(
    { kind: 'run', command: 'generate', dir, check: false, quiet: false, json: false },
    env,
  );
}

/** The folder name as an npm package name: `My_API` → `my-api`. */
function defaultName(root: string): string {
  return (
    path
      .basename(root)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-api'
  );
}

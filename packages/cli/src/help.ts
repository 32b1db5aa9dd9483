/** A generator as help lists it. */
export interface GeneratorInfo {
  name: string;
  description: string;
}

/** The commands kubegen knows. */
export type CommandName = 'generate' | 'check';

const GENERAL = `kubegen - Kubernetes-style API code generation for TypeScript

Usage: kubegen <command> [options]

Commands:
  generate [dir]   Generate code and manifests for the API tree of the project in dir (default: .)
  check [dir]      Fail when generated files are stale, missing or orphaned (generate --check)
  watch [dir]      Regenerate on every change until stopped (also: generate --watch)
  openapi [dir]    Write the OpenAPI v2 or v3 documents the API server would serve (kubegen openapi --help)
  init [dir]       Create a project: kubegen init --domain example.com (kubegen init --help)
  create api       Add a kind: --group demo --version v1beta1 --kind Foo, then generate
  create subresource  Add a subresource to a kind: --subresource bar [--type arbitrary|scale|status]
  markers          Print every marker kubegen knows, with targets, arguments and help

Options:
  -h, --help       Show help; 'kubegen <command> --help' shows a command's options
  -v, --version    Print kubegen's version

Exit codes: 0 ok, 1 errors or stale files, 2 bad usage.`;

const SHARED_OPTIONS = `  -g, --generators <a,b>  Run only these generators (default: all)
  -q, --quiet             Print only errors and the files that fail the check
      --json              Print one JSON object with the results and diagnostics to stdout
  -h, --help              Show this help`;

const COMMANDS: Record<CommandName, string> = {
  generate: `Usage: kubegen generate [dir] [options]

Runs the generators over the API packages under dir/apis and writes the files whose bytes
changed: zz_generated.*.ts beside the types, manifests under dir/config. Nothing is written when
any error is found; generated files no longer produced are deleted.

Options:
      --check             Write nothing; list stale, missing and orphaned files and exit 1 if any
${SHARED_OPTIONS}`,
  check: `Usage: kubegen check [dir] [options]

Generates in memory and compares with the files on disk, like hack/verify-codegen.sh. Lists
stale, missing and orphaned files and exits 1 if any. Same as 'kubegen generate --check'.

Options:
${SHARED_OPTIONS}`,
};

/** Help text of kubegen, or of one command with the generators `--generators` may name. */
export function helpText(command?: CommandName, generators: readonly GeneratorInfo[] = []): string {
  if (!command) return GENERAL;
  if (generators.length === 0) return COMMANDS[command];
  const width = Math.max(...generators.map((g) => g.name.length));
  const lines = generators.map((g) => `  ${g.name.padEnd(width)}  ${g.description}`);
  return `${COMMANDS[command]}\n\nGenerators:\n${lines.join('\n')}`;
}

/** True for the names of kubegen's commands. */
export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

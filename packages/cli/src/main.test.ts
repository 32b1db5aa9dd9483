import * as path from 'node:path';
import { error, formatDiagnostics, warning } from '@kubegen/diagnostics';
import type { CheckResult, GenerateOptions, GenerateResult } from '@kubegen/codegen';
import { main, type CliEnvironment } from './main';

const CWD = path.resolve('/work/project');

/** Runs main in-process with a codegen that returns the given results and records what it was asked. */
async function run(
  argv: string[],
  results: { generate?: Partial<GenerateResult>; check?: Partial<CheckResult> } = {},
) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const calls: { command: string; options: GenerateOptions }[] = [];
  const base = { root: CWD, diagnostics: [], durationMs: 420 };
  const env: CliEnvironment = {
    cwd: CWD,
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t),
    codegen: () => ({
      formatDiagnostics,
      listGenerators: () => [
        { name: 'deepcopy', description: 'deep copy functions' },
        { name: 'register', description: 'scheme registration' },
      ],
      generate: async (options = {}) => {
        calls.push({ command: 'generate', options });
        return { ...base, written: [], unchanged: [], deleted: [], ...results.generate };
      },
      check: async (options = {}) => {
        calls.push({ command: 'check', options });
        return {
          ...base,
          stale: [],
          missing: [],
          orphaned: [],
          unchanged: [],
          ok: true,
          ...results.check,
        };
      },
    }),
  };
  const code = await main(argv, env);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n'), calls };
}

describe('kubegen arguments', () => {
  it('prints help and the version with exit 0, touching no code generation', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: kubegen <command>');
      expect(r.calls).toEqual([]);
    }
    const version = await run(['--version']);
    const { version: expected } = require('../package.json') as { version: string };
    expect(version).toMatchObject({ code: 0, stdout: expected, stderr: '' });
  });

  it('prints a command help for `<command> --help` and `help <command>`', async () => {
    const generate = await run(['generate', '--help']);
    expect(generate.stdout).toContain('Usage: kubegen generate [dir]');
    expect(generate.stdout).toContain(
      'Generators:\n  deepcopy  deep copy functions\n  register  scheme registration',
    );
    expect((await run(['help', 'check'])).stdout).toContain('Usage: kubegen check [dir]');
    expect((await run(['check', '-h'])).calls).toEqual([]);
  });

  it('exits 2 with the message and the usage on an unknown command, flag or extra folder', async () => {
    const cases: [string[], string, string][] = [
      [[], 'kubegen: no command given', 'Usage: kubegen <command>'],
      [['generat'], "kubegen: unknown command 'generat'", 'Usage: kubegen <command>'],
      [['--frobnicate'], "kubegen: unknown option '--frobnicate'", 'Usage: kubegen <command>'],
      [
        ['generate', '--frobnicate'],
        "kubegen: unknown option '--frobnicate'",
        'Usage: kubegen generate',
      ],
      [['check', '--check'], "kubegen: unknown option '--check'", 'Usage: kubegen check'],
      [
        ['generate', 'a', 'b'],
        'kubegen: expected at most one folder, got a b',
        'Usage: kubegen generate',
      ],
      [
        ['generate', '--generators'],
        "kubegen: option '-g, --generators <value>' argument missing",
        'Usage',
      ],
      [['generate', '--generators', ','], 'kubegen: --generators needs at least one name', 'Usage'],
    ];
    for (const [argv, message, usage] of cases) {
      const r = await run(argv);
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.stderr.startsWith(message)).toBe(true);
      expect(r.stderr).toContain(usage);
      expect(r.stdout).toBe('');
      expect(r.calls).toEqual([]);
    }
  });

  it('resolves the folder against the working directory and splits --generators', async () => {
    const r = await run(['generate', 'sub/dir', '-g', 'deepcopy, register']);
    expect(r.calls).toEqual([
      {
        command: 'generate',
        options: { root: path.join(CWD, 'sub/dir'), generators: ['deepcopy', 'register'] },
      },
    ]);
    const check = await run(['generate', '--check']);
    expect(check.calls.map((c) => c.command)).toEqual(['check']);
    expect(check.calls[0].options.root).toBe(CWD);
  });
});

describe('kubegen generate output', () => {
  const position = { file: path.join(CWD, 'apis/demo/v1/foo_types.ts'), line: 12, column: 3 };

  it('prints the summary to stdout and exits 0', async () => {
    const r = await run(['generate'], {
      generate: { written: ['a', 'b', 'c'], unchanged: ['d', 'e'] },
    });
    expect(r).toMatchObject({
      code: 0,
      stdout: 'wrote 3 files, 2 unchanged, 0 errors in 0.4s',
      stderr: '',
    });
  });

  it('lists deleted files, relative to the working folder', async () => {
    const r = await run(['generate', 'proj'], {
      generate: {
        root: path.join(CWD, 'proj'),
        written: ['x'],
        deleted: ['apis/a/v1/zz_generated.old.ts'],
      },
    });
    expect(r.stdout.split('\n')).toEqual([
      'deleted: proj/apis/a/v1/zz_generated.old.ts',
      'wrote 1 file, 0 unchanged, deleted 1, 0 errors in 0.4s',
    ]);
  });

  it('prints diagnostics like tsc to stderr, relative paths, and exits 1 on errors', async () => {
    const diagnostics = [
      error(
        'KG1001',
        "unknown marker '+kubebuilder:validaton:Minimum'",
        position,
        'did you mean +kubebuilder:validation:Minimum?',
      ),
      warning('KG1006', "'+optinal' looks like '+optional'", position),
    ];
    const r = await run(['generate'], { generate: { diagnostics } });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      "apis/demo/v1/foo_types.ts:12:3 - error KG1001: unknown marker '+kubebuilder:validaton:Minimum'",
      '  did you mean +kubebuilder:validation:Minimum?',
      "apis/demo/v1/foo_types.ts:12:3 - warning KG1006: '+optinal' looks like '+optional'",
      '',
      'Found 1 error and 1 warning.',
    ]);
    expect(r.stdout).toBe('nothing written: 1 error, 1 warning in 0.4s');
  });

  it('with --quiet prints errors only and no summary; warnings alone exit 0', async () => {
    const quiet = await run(['generate', '-q'], {
      generate: { diagnostics: [warning('KG1006', 'near miss', position)], written: ['a'] },
    });
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const failing = await run(['generate', '--quiet'], {
      generate: { diagnostics: [error('KG2002', 'tuple', position)] },
    });
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain('error KG2002: tuple');
    expect(failing.stdout).toBe('');
  });

  it('with --json prints one JSON object and nothing else', async () => {
    const diagnostics = [error('KG2002', 'tuple', position, 'use an array')];
    const r = await run(['generate', '--json'], { generate: { diagnostics } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      command: 'generate',
      exitCode: 1,
      root: CWD,
      written: [],
      unchanged: [],
      deleted: [],
      diagnostics,
      durationMs: 420,
    });
  });
});

describe('kubegen check output', () => {
  it('lists stale, missing and orphaned files with the update hint and exits 1', async () => {
    const r = await run(['check'], {
      check: {
        ok: false,
        stale: ['apis/demo/v1beta1/zz_generated.deepcopy.ts'],
        missing: ['apis/demo/v1beta1/zz_generated.register.ts'],
        orphaned: ['apis/old/v1/zz_generated.deepcopy.ts'],
        unchanged: ['config/rbac/role.yaml'],
      },
    });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      'stale: apis/demo/v1beta1/zz_generated.deepcopy.ts',
      'missing: apis/demo/v1beta1/zz_generated.register.ts',
      'orphaned: apis/old/v1/zz_generated.deepcopy.ts',
      "run 'kubegen generate' to update them",
      'checked 3 files: 1 stale, 1 missing, 1 orphaned, 0 errors in 0.4s',
    ]);
  });

  it('names the folder in the hint, keeps the list under --quiet, and exits 0 when up to date', async () => {
    const stale = await run(['check', 'proj', '--quiet'], {
      check: {
        root: path.join(CWD, 'proj'),
        ok: false,
        stale: ['apis/x/zz_generated.deepcopy.ts'],
      },
    });
    expect(stale.stdout.split('\n')).toEqual([
      'stale: proj/apis/x/zz_generated.deepcopy.ts',
      "run 'kubegen generate proj' to update them",
    ]);
    const ok = await run(['check'], { check: { ok: true, unchanged: ['a', 'b'] } });
    expect(ok).toMatchObject({
      code: 0,
      stdout: 'checked 2 files: all up to date, 0 errors in 0.4s',
    });
  });

  it('exits 1 on errors even when no file is stale', async () => {
    const r = await run(['check', '--json'], {
      check: { ok: false, diagnostics: [error('KG9004', 'no API packages')] },
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      command: 'check',
      ok: false,
      exitCode: 1,
      stale: [],
    });
  });

  it('reports an exception from code generation as an internal error with exit 1', async () => {
    const env: CliEnvironment = {
      cwd: CWD,
      stdout: () => undefined,
      stderr: (t) => messages.push(t),
      codegen: () => {
        throw new Error('boom');
      },
    };
    const messages: string[] = [];
    expect(await main(['generate'], env)).toBe(1);
    expect(messages[0]).toMatch(/^kubegen: internal error: Error: boom/);
  });
});

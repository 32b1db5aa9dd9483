import * as path from 'node:path';
import { error, formatDiagnostics } from '@kubegen/diagnostics';
import type { ProgressEvent } from '@kubegen/codegen';
import { main, type CliEnvironment } from './main';
import { PROGRESS_MIN_PACKAGES, ProgressLine } from './progress';

const CWD = path.resolve('/work/project');
const CLEAR = '\r\x1b[2K';

/**
 * Runs main with a codegen that reports `events` through `onProgress`, then returns one error. Everything
 * written to stderr, line by line or raw on the fake stream, lands in one transcript, in order.
 */
async function run(
  argv: string[],
  events: ProgressEvent[],
  tty: { isTTY: boolean; columns?: number },
) {
  const transcript: string[] = [];
  const diagnostic = error('KG1001', 'unknown marker', {
    file: path.join(CWD, 'a.ts'),
    line: 1,
    column: 1,
  });
  const result = { root: CWD, diagnostics: [diagnostic], durationMs: 1 };
  const env: CliEnvironment = {
    cwd: CWD,
    stdout: (t) => transcript.push(`stdout:${t}`),
    stderr: (t) => transcript.push(`stderr:${t}`),
    stderrStream: { ...tty, write: (t: string) => transcript.push(`raw:${t}`) },
    codegen: () => ({
      formatDiagnostics,
      listGenerators: () => [],
      generate: async (options = {}) => {
        for (const event of events) options.onProgress?.(event);
        return { ...result, written: [], unchanged: [], deleted: [] };
      },
      check: async (options = {}) => {
        for (const event of events) options.onProgress?.(event);
        return { ...result, stale: [], missing: [], orphaned: [], unchanged: [], ok: false };
      },
    }),
  };
  const code = await main(argv, env);
  return { code, transcript };
}

const many = PROGRESS_MIN_PACKAGES + 1;
const bigRun: ProgressEvent[] = [
  { phase: 'load', done: 0, total: 1 },
  { phase: 'load', done: 1, total: 1, packages: many },
  { phase: 'generate', done: 1, total: 2, packages: many },
];

describe('the progress line', () => {
  it('rewrites one line on a terminal and clears it before the diagnostics', async () => {
    const { code, transcript } = await run(['generate'], bigRun, { isTTY: true });
    expect(code).toBe(1);
    expect(transcript.slice(0, 3)).toEqual([
      `raw:${CLEAR}kubegen: load 1/1 (${many} packages)`,
      `raw:${CLEAR}kubegen: generate 1/2 (${many} packages)`,
      `raw:${CLEAR}`,
    ]);
    expect(transcript[3]).toMatch(/^stderr:a\.ts:1:1 - error KG1001/);
    expect(transcript.slice(3).some((t) => t.startsWith('raw:'))).toBe(false);
  });

  it('shows for check too', async () => {
    const { transcript } = await run(['check'], bigRun, { isTTY: true });
    expect(transcript.filter((t) => t.startsWith('raw:'))).toHaveLength(3);
  });

  it.each([
    ['not a terminal', ['generate'], { isTTY: false }],
    ['--quiet', ['generate', '--quiet'], { isTTY: true }],
    ['--json', ['generate', '--json'], { isTTY: true }],
  ])('does not show when %s', async (_label, argv, tty) => {
    const { transcript } = await run(argv, bigRun, tty);
    expect(transcript.filter((t) => t.startsWith('raw:'))).toEqual([]);
  });

  it(`does not show for a tree of ${PROGRESS_MIN_PACKAGES} packages or fewer`, async () => {
    const small = bigRun.map((e) => ({ ...e, packages: e.packages && PROGRESS_MIN_PACKAGES }));
    const { transcript } = await run(['generate'], small, { isTTY: true });
    expect(transcript.filter((t) => t.startsWith('raw:'))).toEqual([]);
  });

  it('is cut to the terminal width so that the carriage return rewrites it whole', () => {
    const written: string[] = [];
    const line = new ProgressLine({ isTTY: true, columns: 12, write: (t) => written.push(t) });
    line.onProgress({ phase: 'format', done: 3, total: 40, packages: many });
    expect(written).toEqual([`${CLEAR}kubegen: fo`]);
  });

  it('clearing a line never shown writes nothing', () => {
    const written: string[] = [];
    new ProgressLine({ isTTY: true, write: (t) => written.push(t) }).clear();
    expect(written).toEqual([]);
  });
});

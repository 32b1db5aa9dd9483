'use strict';
// Report: watch-mode latency, from saving one types file to the end of the run that wrote its outputs.
// The watcher is async and the runner is not, so the measuring runs in a child process (`--child`).
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { performance } = require('node:perf_hooks');
const { writeSyntheticTree } = require('./synthetic');
const { median, printTable, fixed } = require('./report-format');
const { tail } = require('./measure');

const TARGET_MS = 200;
const SIZE = 100;
const EDITS = 20;

/** The value below which `p` of the sorted samples fall (nearest rank). */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** In the child: watch the tree, make `edits` edits one at a time, print each latency as JSON. */
async function measureInChild(n, edits) {
  const { watch } = require('@kubegen/codegen');
  const root = writeSyntheticTree(n, path.join(require('./paths').benchTmp, `watch-${n}`));
  let resolveRun;
  const watcher = watch({ root, onRun: (run) => resolveRun?.(run) });
  const first = await watcher.ready;
  const failed = (run) => run.result.diagnostics.find((d) => d.severity === 'error');
  if (failed(first)) throw new Error(`first run failed: ${failed(first).message}`);
  const samples = [];
  for (let i = 0; i < edits; i++) {
    // Each edit adds a field, so every run has files to write (deepcopy, openapi, CRD, validation).
    // Kinds spread over the packages; 10 kinds per package, as synthetic.js writes them.
    const kind = (i * 7) % n;
    const file = path.join(root, `apis/grp${Math.floor(kind / 10)}/v1/widget${kind}_types.ts`);
    const text = fs.readFileSync(file, 'utf8');
    const ran = new Promise((resolve) => (resolveRun = resolve));
    const saved = performance.now();
    fs.writeFileSync(
      file,
      text.replace(/\n}\n/, `\n  /** Edit ${i}. */\n  edit${i}?: string;\n}\n`),
    );
    const run = await ran;
    const latency = performance.now() - saved;
    if (failed(run)) throw new Error(`edit ${i} failed: ${failed(run).message}`);
    if (run.result.written.length === 0) throw new Error(`edit ${i} wrote nothing`);
    samples.push({ latency, written: run.result.written.length, runMs: run.result.durationMs });
  }
  await watcher.close();
  process.stdout.write(`@@${JSON.stringify(samples)}`);
}

/** Runs the report and returns its figures. */
function run({ quick }) {
  const edits = quick ? 5 : EDITS;
  const child = spawnSync(process.execPath, [__filename, '--child', String(SIZE), String(edits)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const marker = (child.stdout ?? '').indexOf('@@');
  if (child.status !== 0 || marker < 0) {
    const error = `watch benchmark failed:\n${tail(`${child.stdout}${child.stderr}`)}`;
    console.error(`\n[watch] ${error}`);
    return { errors: [error], target: { description: `watch p95 <= ${TARGET_MS} ms`, met: null } };
  }
  const samples = JSON.parse(child.stdout.slice(marker + 2));
  const latencies = samples.map((s) => s.latency);
  const p50 = fixed(percentile(latencies, 50), 1);
  const p95 = fixed(percentile(latencies, 95), 1);
  printTable(
    `kubegen watch: save one types file -> run done (N=${SIZE} kinds, ${edits} edits, debounce ${require('@kubegen/codegen').DEFAULT_DEBOUNCE_MS} ms)`,
    ['kinds', 'edits', 'p50 ms', 'p95 ms', 'median run ms', 'files written per edit'],
    [
      [
        SIZE,
        edits,
        p50,
        p95,
        fixed(median(samples.map((s) => s.runMs)), 1),
        median(samples.map((s) => s.written)),
      ],
    ],
  );
  return {
    n: SIZE,
    edits,
    p50Ms: p50,
    p95Ms: p95,
    latenciesMs: latencies.map((l) => fixed(l, 1)),
    errors: [],
    target: {
      description: `watch p95 <= ${TARGET_MS} ms at N=${SIZE}`,
      p95Ms: p95,
      met: quick ? null : p95 <= TARGET_MS,
    },
  };
}

if (process.argv[2] === '--child') {
  measureInChild(Number(process.argv[3]), Number(process.argv[4])).catch((e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
}

module.exports = {
  name: 'watch',
  description: 'watch-mode latency: save one types file -> outputs written',
  run,
};

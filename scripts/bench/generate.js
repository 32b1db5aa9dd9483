'use strict';
// Report a: `kubegen generate` against `tsc --noEmit` on the same synthetic trees.
const fs = require('node:fs');
const path = require('node:path');
const { writeSyntheticTree } = require('./synthetic');
const { runMeasured, tail, rssSource } = require('./measure');
const { tools } = require('./paths');
const { median, printTable, fixed } = require('./report-format');

/** Generate must stay within this multiple of `tsc --noEmit` at the largest size. */
const TARGET_RATIO = 2;
const TARGET_SIZE = 500;

/** Removes what `kubegen generate` wrote, so that every run starts from the authored tree. */
function removeGenerated(dir) {
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.startsWith('zz_generated.')) fs.rmSync(file);
    }
  };
  walk(path.join(dir, 'apis'));
  fs.rmSync(path.join(dir, 'config'), { recursive: true, force: true });
}

function countGenerated(dir) {
  let count = 0;
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name));
      else if (entry.name.startsWith('zz_generated.')) count++;
    }
  };
  walk(path.join(dir, 'apis'));
  return count;
}

/**
 * Runs both tools `runs` times, alternating so that drift in machine load hits both alike. A tool
 * that fails is not run again and reports its error; the other is still measured.
 */
function measureSize(n, runs) {
  const dir = writeSyntheticTree(n);
  const commands = {
    kubegen: [tools.kubegen, ['generate', dir]],
    tsc: [tools.tsc, ['--noEmit', '-p', dir]],
  };
  const samples = { kubegen: [], tsc: [] };
  const errors = {};
  let generatedFiles = 0;
  for (let run = 0; run < runs; run++) {
    for (const tool of ['kubegen', 'tsc']) {
      if (errors[tool]) continue;
      removeGenerated(dir);
      const result = runMeasured(...commands[tool], dir);
      if (!result.ok) errors[tool] = `${tool} failed on ${dir}:\n${tail(result.output)}`;
      else samples[tool].push(result);
      if (tool === 'kubegen') generatedFiles = countGenerated(dir);
    }
  }
  const summary = (tool) =>
    errors[tool]
      ? { error: errors[tool] }
      : {
          wallMs: fixed(median(samples[tool].map((r) => r.wallMs)), 1),
          peakRssMb: fixed(median(samples[tool].map((r) => r.peakRssMb)), 1),
          runsMs: samples[tool].map((r) => fixed(r.wallMs, 1)),
        };
  const kubegen = summary('kubegen');
  const tsc = summary('tsc');
  const both = !kubegen.error && !tsc.error;
  return {
    n,
    generatedFiles,
    kubegen,
    tsc,
    timeRatio: both ? fixed(kubegen.wallMs / tsc.wallMs) : null,
    memoryRatio: both ? fixed(kubegen.peakRssMb / tsc.peakRssMb) : null,
  };
}

/** Runs report a and returns its figures. */
function run({ quick }) {
  const sizes = quick ? [10, 100] : [10, 100, TARGET_SIZE];
  const runs = quick ? 1 : 3;
  const results = sizes.map((n) => measureSize(n, runs));
  for (const r of results) {
    for (const tool of ['kubegen', 'tsc'])
      if (r[tool].error) console.error(`\n[generate] N=${r.n}: ${r[tool].error}`);
  }
  const cell = (value) => value ?? 'failed';
  printTable(
    `kubegen generate vs tsc --noEmit (median of ${runs} run(s); peak RSS from ${rssSource})`,
    [
      'kinds',
      'generated files',
      'generate ms',
      'tsc ms',
      'time ratio',
      'generate MB',
      'tsc MB',
      'memory ratio',
    ],
    results.map((r) => [
      r.n,
      r.generatedFiles,
      cell(r.kubegen.wallMs),
      cell(r.tsc.wallMs),
      cell(r.timeRatio),
      cell(r.kubegen.peakRssMb),
      cell(r.tsc.peakRssMb),
      cell(r.memoryRatio),
    ]),
  );
  const atTarget = results.find((r) => r.n === TARGET_SIZE);
  const target = {
    description: `generate <= ${TARGET_RATIO}x tsc --noEmit at N=${TARGET_SIZE}`,
    ratio: atTarget?.timeRatio ?? null,
    met: atTarget?.timeRatio != null ? atTarget.timeRatio <= TARGET_RATIO : null,
  };
  const verdict = target.met === null ? 'not measured' : target.met ? 'met' : 'NOT met';
  console.log(
    `\ntarget: ${target.description}: ${verdict}${target.ratio !== null ? ` (${target.ratio}x)` : ''}`,
  );
  const errors = results.flatMap((r) => [r.kubegen.error, r.tsc.error].filter(Boolean));
  return { runs, rssSource, sizes: results, target, errors };
}

module.exports = {
  name: 'generate',
  description: 'kubegen generate wall time and peak RSS vs tsc --noEmit',
  run,
};

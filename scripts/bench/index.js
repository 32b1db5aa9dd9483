#!/usr/bin/env node
'use strict';
// The benchmark runner: `node scripts/bench/index.js [report…] [--quick]`. Each report prints its tables
// and returns its figures; all figures go to .bench-tmp/results.json.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { benchTmp } = require('./paths');

/** Every report, in the order they run; later issues add validation, conversion and watch latency. */
const reports = [
  require('./generate'),
  require('./deepcopy'),
  require('./conversion'),
  require('./validation'),
  require('./watch'),
];

function usage() {
  const lines = reports.map((r) => `  ${r.name.padEnd(10)} ${r.description}`);
  return `usage: node scripts/bench/index.js [report…] [--quick]\n\nreports (all when none is named):\n${lines.join('\n')}`;
}

/** Parses the command line into the reports to run and the options; exits with the usage on a bad one. */
function parseArgs(argv) {
  const quick = argv.includes('--quick');
  const names = argv.filter((a) => a !== '--quick');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage());
    process.exit(0);
  }
  const unknown = names.filter((n) => !reports.some((r) => r.name === n));
  if (unknown.length > 0) {
    console.error(
      `unknown report${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}\n\n${usage()}`,
    );
    process.exit(2);
  }
  return {
    selected: names.length > 0 ? reports.filter((r) => names.includes(r.name)) : reports,
    quick,
  };
}

function main() {
  const { selected, quick } = parseArgs(process.argv.slice(2));
  fs.mkdirSync(benchTmp, { recursive: true });
  const resultsFile = path.join(benchTmp, 'results.json');
  // Keep the figures of reports not run this time, so one file holds the latest of each.
  const previous = fs.existsSync(resultsFile)
    ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')).reports ?? {})
    : {};
  const figures = { ...previous };
  for (const report of selected) {
    console.log(`\n=== ${report.name}: ${report.description}${quick ? ' (quick)' : ''}`);
    figures[report.name] = { at: new Date().toISOString(), quick, ...report.run({ quick }) };
  }
  const machine = {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
  };
  fs.writeFileSync(resultsFile, JSON.stringify({ machine, reports: figures }, null, 2) + '\n');
  console.log(`\nfigures written to ${path.relative(process.cwd(), resultsFile)}`);
  // A failed tool or a missed target fails the run; a target a --quick run does not reach does not.
  const ran = selected.map((r) => figures[r.name]);
  const missed = ran
    .flatMap((f) => [f.target, ...(f.targets ?? [])])
    .filter((t) => t && t.met === false);
  const errors = ran.flatMap((f) => f.errors);
  if (errors.length > 0) console.error(`\n${errors.length} error(s): see the messages above`);
  process.exitCode = missed.length > 0 || errors.length > 0 ? 1 : 0;
}

main();

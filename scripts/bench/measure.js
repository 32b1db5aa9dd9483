'use strict';
// Runs a node script as a child process and measures its wall time and peak resident memory.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { performance } = require('node:perf_hooks');

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = fs.existsSync(GNU_TIME);

/**
 * Runs `node <script> <args>` in `cwd`; returns { ok, wallMs, peakRssMb, output }. Peak RSS comes
 * from GNU time's `-v` report when /usr/bin/time exists, else from a wrapper that reports the
 * child's own `process.resourceUsage().maxRSS` on exit.
 */
function runMeasured(script, args, cwd) {
  const rssFile = path.join(os.tmpdir(), `kubegen-bench-rss-${process.pid}.json`);
  const [command, commandArgs] = hasGnuTime
    ? [GNU_TIME, ['-v', process.execPath, script, ...args]]
    : [process.execPath, [path.join(__dirname, 'rss-wrapper.js'), rssFile, script, ...args]];
  const start = performance.now();
  const child = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  const output = `${child.stdout ?? ''}${child.stderr ?? ''}`;
  const rssKb = hasGnuTime ? gnuTimeMaxRss(child.stderr ?? '') : wrapperMaxRss(rssFile);
  return {
    ok: child.status === 0,
    wallMs,
    peakRssMb: rssKb / 1024,
    output: child.error ? String(child.error) : output,
  };
}

function gnuTimeMaxRss(stderr) {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return match ? Number(match[1]) : NaN;
}

function wrapperMaxRss(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')).maxRSS;
  } catch {
    return NaN;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** The last lines of a child's output, to show why it failed. */
function tail(output, lines = 8) {
  return output
    .split('\n')
    .filter((l) => !/^\s+at /.test(l))
    .filter(
      (l) =>
        !/^\s+(Command being timed|User time|System time|Percent of CPU|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)/.test(
          l,
        ),
    )
    .slice(-lines)
    .join('\n');
}

module.exports = {
  runMeasured,
  tail,
  rssSource: hasGnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS',
};

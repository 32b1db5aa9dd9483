'use strict';
// Timing shared by the micro-benchmark reports (deepcopy, validation, conversion).
const { performance } = require('node:perf_hooks');
const { median } = require('./report-format');

// Calls per timer read: large enough that reading the clock costs nothing beside them.
const BATCH = 50;

let sink;

/** Runs `fn(input)` for about `ms` milliseconds; returns calls per second. */
function opsPerSecond(fn, input, ms) {
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < BATCH; i++) sink = fn(input);
    ops += BATCH;
    elapsed = performance.now() - start;
  }
  return (ops / elapsed) * 1000;
}

/** Median ops/s of every candidate on one input, rounds interleaved and rotated so load and GC hit all alike. */
function measure(candidates, input, { warmupMs, rounds, roundMs }) {
  const names = Object.keys(candidates);
  for (const name of names) opsPerSecond(candidates[name], input, warmupMs);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length];
      samples[name].push(opsPerSecond(candidates[name], input, roundMs));
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n])]));
}

/** Keeps the last result alive so the engine cannot drop the timed calls. */
function lastResult() {
  return sink;
}

module.exports = { opsPerSecond, measure, lastResult };

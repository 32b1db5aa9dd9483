'use strict';
// Small helpers shared by the reports: median and a plain-text table.

/** The median of a non-empty list of numbers. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Prints `rows` (arrays of cells) under `headers`, columns padded; numbers right-aligned. */
function printTable(title, headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row, source) =>
    row
      .map((c, i) => (typeof source[i] === 'number' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ');
  console.log(`\n${title}\n`);
  console.log(line(cells[0], headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((row, r) => console.log(line(cells[r + 1], row)));
}

/** `x` with `digits` decimals, for tables. */
function fixed(x, digits = 2) {
  return Number.isFinite(x) ? Number(x.toFixed(digits)) : x;
}

module.exports = { median, printTable, fixed };

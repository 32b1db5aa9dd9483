'use strict';
// `node rss-wrapper.js <out.json> <script> [args…]`: runs a node script in this process and, on exit,
// writes the process's peak resident set size (kilobytes) to <out.json>. Used where GNU time is missing.
const fs = require('node:fs');
const path = require('node:path');

const [outFile, script, ...args] = process.argv.slice(2);
process.on('exit', () =>
  fs.writeFileSync(outFile, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })),
);
process.argv = [process.argv[0], path.resolve(script), ...args];
require(path.resolve(script));

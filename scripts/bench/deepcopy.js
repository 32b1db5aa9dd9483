'use strict';
// Report b: the generated shape-specific deep copy against structuredClone, rfdc and klona/json.
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const rfdc = require('rfdc');
const { klona } = require('klona/json');
const { expectNoSharedReferences } = require('@kubegen/testing');
const { generateFixtureCopy, transpilePackage } = require('./generated-fixture');
const { lastResult, measure } = require('./throughput');
const { deploymentSized, smallDeployment } = require('./deployment-objects');
const { printTable, fixed } = require('./report-format');

const TARGETS = { structuredClone: 20, 'klona/json': 2.5 };
const PACKAGE = 'apis/apps/v1';

/** Generates a copy of fixtures/apps and returns its `deepCopyDeployment`, or an error. */
function loadGeneratedCopy() {
  const generated = generateFixtureCopy('apps', 'deepcopy-apps');
  return generated.error ? generated : loadTranspiled(path.join(generated.dir, PACKAGE));
}

/** Transpiles the package's `.ts` files to `.js` beside them and returns its `deepCopyDeployment`, or an error. */
function loadTranspiled(packageDir) {
  const generated = path.join(packageDir, 'zz_generated.deepcopy.ts');
  if (!fs.existsSync(generated)) return { error: `kubegen generate wrote no ${generated}` };
  transpilePackage(packageDir);
  const copy = require(generated.replace(/\.ts$/, '.js')).deepCopyDeployment;
  if (typeof copy !== 'function')
    return { error: `${generated} exports no deepCopyDeployment function` };
  return { copy };
}

/** Checks that a candidate returns an equal object that shares nothing with its input; returns the problem, if any. */
function copyProblem(copy, input) {
  try {
    const output = copy(input);
    assert.deepStrictEqual(output, input);
    expectNoSharedReferences(input, output);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message.split('\n').slice(0, 6).join('\n') : String(e);
  }
}

/** Runs report b and returns its figures. */
function run({ quick }) {
  const settings = quick
    ? { warmupMs: 100, rounds: 3, roundMs: 100 }
    : { warmupMs: 500, rounds: 7, roundMs: 300 };
  const generated = loadGeneratedCopy();
  if (generated.error)
    console.error(`\n[deepcopy] ${generated.error}\n[deepcopy] measuring the generic copies only`);
  const candidates = {
    ...(generated.copy ? { generated: generated.copy } : {}),
    structuredClone: (v) => structuredClone(v),
    rfdc: rfdc(),
    'klona/json': klona,
  };
  const objects = { 'Deployment-sized': deploymentSized(), small: smallDeployment() };
  const results = {};
  for (const [label, input] of Object.entries(objects)) {
    const problems = Object.fromEntries(
      Object.entries(candidates)
        .map(([name, copy]) => [name, copyProblem(copy, input)])
        .filter(([, p]) => p !== null),
    );
    for (const [name, problem] of Object.entries(problems))
      console.error(`\n[deepcopy] ${name} on the ${label} object: ${problem}`);
    const opsPerSec = measure(candidates, input, settings);
    const ratios = generated.copy
      ? Object.fromEntries(
          Object.keys(candidates)
            .filter((n) => n !== 'generated')
            .map((n) => [n, fixed(opsPerSec.generated / opsPerSec[n])]),
        )
      : {};
    results[label] = {
      jsonBytes: JSON.stringify(input).length,
      opsPerSec: mapValues(opsPerSec, Math.round),
      ratios,
      problems,
    };
    printTable(
      `deep copy, ${label} object (${results[label].jsonBytes} bytes of JSON; median of ${settings.rounds} rounds of ${settings.roundMs} ms)`,
      ['copy', 'ops/s', 'generated is ×'],
      Object.keys(candidates).map((n) => [
        n,
        Math.round(opsPerSec[n]),
        n === 'generated' ? '' : (ratios[n] ?? 'n/a'),
      ]),
    );
  }
  const large = results['Deployment-sized'];
  const targets = Object.entries(TARGETS).map(([baseline, times]) => ({
    description: `generated >= ${times}x ${baseline} on the Deployment-sized object`,
    ratio: large.ratios[baseline] ?? null,
    met:
      large.ratios[baseline] !== undefined
        ? large.ratios[baseline] >= times && !large.problems.generated
        : null,
  }));
  console.log('');
  for (const t of targets) {
    const verdict = t.met === null ? 'not measured' : t.met ? 'met' : 'NOT met';
    console.log(`target: ${t.description}: ${verdict}${t.ratio !== null ? ` (${t.ratio}x)` : ''}`);
  }
  if (lastResult() === undefined) throw new Error('no copy ran');
  const errors = [
    generated.error,
    ...Object.values(results).flatMap((r) => Object.values(r.problems)),
  ].filter(Boolean);
  return { settings, objects: results, targets, errors };
}

function mapValues(object, f) {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, f(v)]));
}

module.exports = {
  name: 'deepcopy',
  description: 'generated deepcopy vs structuredClone, rfdc and klona/json',
  run,
  loadTranspiled,
};

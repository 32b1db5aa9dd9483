'use strict';
// Report c: generated conversion through the scheme (fixtures/apps v1beta1 ↔ v1, the storage-version hub)
// against structuredClone of the same object.
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { Scheme } = require('@kubegen/runtime');
const { expectNoSharedReferences } = require('@kubegen/testing');
const { generateFixtureCopy, transpilePackage } = require('./generated-fixture');
const { lastResult, measure } = require('./throughput');
const { deploymentSized } = require('./deployment-objects');
const { printTable, fixed } = require('./report-format');

const GROUP = 'apps.example.com';
const V1 = { group: GROUP, version: 'v1' };
const V1BETA1 = { group: GROUP, version: 'v1beta1' };
const PACKAGES = ['apis/apps/v1', 'apis/apps/v1beta1'];
/** One conversion must beat a structured clone of the same object by this factor. */
const TARGET_TIMES = 8;

/**
 * Copies fixtures/apps into .bench-tmp, runs `kubegen generate` on it, transpiles both versions and registers
 * their types and v1beta1's conversions in a new Scheme; returns `{ scheme }` or `{ error }`.
 */
function loadScheme() {
  const generated = generateFixtureCopy('apps', 'conversion-apps');
  if (generated.error) return generated;
  const { dir } = generated;
  const conversion = path.join(dir, 'apis/apps/v1beta1/zz_generated.conversion.ts');
  if (!fs.existsSync(conversion)) return { error: `kubegen generate wrote no ${conversion}` };
  const scheme = new Scheme();
  for (const pkg of PACKAGES) {
    transpilePackage(path.join(dir, pkg));
    require(path.join(dir, pkg, 'zz_generated.register.js')).addToScheme(scheme);
  }
  require(conversion.replace(/\.ts$/, '.js')).registerConversions(scheme);
  return { scheme };
}

/** The Deployment-sized object as v1beta1 has it: its revisionHistoryLimit is v1beta1's historyLimit. */
function deploymentSizedV1beta1() {
  const object = deploymentSized();
  object.apiVersion = `${GROUP}/v1beta1`;
  const { revisionHistoryLimit, ...spec } = object.spec;
  object.spec = { ...spec, historyLimit: revisionHistoryLimit };
  return object;
}

/**
 * Checks a conversion's result: equal to `expected`, sharing nothing with `input`, and `input` left equal to
 * `pristine` (a fresh value of it); returns the problem, if any.
 */
function conversionProblem(convert, input, expected, pristine) {
  try {
    const output = convert();
    assert.deepStrictEqual(output, expected);
    expectNoSharedReferences(input, output);
    assert.deepStrictEqual(input, pristine, 'the conversion modified its input');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message.split('\n').slice(0, 6).join('\n') : String(e);
  }
}

/** Runs report c and returns its figures. */
function run({ quick }) {
  const settings = quick
    ? { warmupMs: 100, rounds: 3, roundMs: 100 }
    : { warmupMs: 500, rounds: 7, roundMs: 300 };
  const loaded = loadScheme();
  const beta = deploymentSizedV1beta1();
  const stable = deploymentSized();
  const baseline = { structuredClone: () => structuredClone(beta) };
  const conversions = loaded.scheme
    ? {
        'v1beta1 → v1': () => loaded.scheme.convert(beta, V1),
        'v1 → v1beta1': () => loaded.scheme.convert(stable, V1BETA1),
        'v1beta1 → v1 → v1beta1': () =>
          loaded.scheme.convert(loaded.scheme.convert(beta, V1), V1BETA1),
      }
    : {};
  if (loaded.error)
    console.error(`\n[conversion] ${loaded.error}\n[conversion] measuring structuredClone only`);
  // [input, expected output, a fresh copy of the input]
  const expected = {
    'v1beta1 → v1': [beta, stable, deploymentSizedV1beta1()],
    'v1 → v1beta1': [stable, beta, deploymentSized()],
    'v1beta1 → v1 → v1beta1': [beta, beta, deploymentSizedV1beta1()],
  };
  const problems = Object.fromEntries(
    Object.entries(conversions)
      .map(([name, convert]) => [name, conversionProblem(convert, ...expected[name])])
      .filter(([, p]) => p !== null),
  );
  for (const [name, problem] of Object.entries(problems))
    console.error(`\n[conversion] ${name}: ${problem}`);
  const candidates = { ...conversions, ...baseline };
  const opsPerSec = measure(candidates, undefined, settings);
  const ratios = Object.fromEntries(
    Object.keys(conversions).map((n) => [n, fixed(opsPerSec[n] / opsPerSec.structuredClone)]),
  );
  const jsonBytes = JSON.stringify(beta).length;
  printTable(
    `conversion through the scheme, Deployment-sized object (${jsonBytes} bytes of JSON; median of ${settings.rounds} rounds of ${settings.roundMs} ms)`,
    ['candidate', 'ops/s', '× structuredClone'],
    Object.keys(candidates).map((n) => [n, Math.round(opsPerSec[n]), ratios[n] ?? '']),
  );
  const oneWay = ['v1beta1 → v1', 'v1 → v1beta1'].map((n) => ratios[n]);
  const slowest = oneWay.every((r) => r !== undefined) ? Math.min(...oneWay) : null;
  const target = {
    description: `one conversion (each direction) >= ${TARGET_TIMES}x structuredClone on the Deployment-sized object`,
    ratio: slowest,
    met:
      slowest === null
        ? null
        : slowest >= TARGET_TIMES &&
          problems['v1beta1 → v1'] === undefined &&
          problems['v1 → v1beta1'] === undefined,
  };
  const verdict = target.met === null ? 'not measured' : target.met ? 'met' : 'NOT met';
  console.log(
    `\ntarget: ${target.description}: ${verdict}${slowest !== null ? ` (${slowest}x)` : ''}`,
  );
  if (lastResult() === undefined) throw new Error('no conversion ran');
  return {
    settings,
    jsonBytes,
    opsPerSec: Object.fromEntries(Object.entries(opsPerSec).map(([n, v]) => [n, Math.round(v)])),
    ratios,
    problems,
    target,
    errors: [loaded.error, ...Object.values(problems)].filter(Boolean),
  };
}

module.exports = {
  name: 'conversion',
  description: 'generated conversion through the scheme (v1beta1 <-> v1) vs structuredClone',
  run,
};

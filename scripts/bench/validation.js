'use strict';
// Report: the generated validator against ajv compiled from the same CRD schema (allErrors), on a valid and an
// invalid Deployment-sized object; and the generated defaulter's ops/s. Needs `npm run build` first.
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const { benchTmp, linkNodeModules, repoRoot } = require('./paths');
const { deploymentSized } = require('./deployment-objects');
const { transpilePackage } = require('./generated-fixture');
const { lastResult, measure } = require('./throughput');
const { median, printTable, fixed } = require('./report-format');

const PACKAGE = 'apis/apps/v1';

/** The packages the report generates with, from their builds (gen-defaults by path until it is linked). */
function generators() {
  const dist = (dir) => require(path.join(repoRoot, 'packages', dir, 'dist', 'index.js'));
  return {
    model: dist('model'),
    markers: dist('markers'),
    schema: dist('schema'),
    validation: dist('gen-validation').validationGenerator,
    lists: dist('gen-register').listTypesGenerator,
    defaults: dist('gen-defaults').defaultsGenerator,
  };
}

/** Generates validation and defaults into a copy of fixtures/apps, transpiles it, and loads what the report times. */
function loadGenerated() {
  const g = generators();
  const dir = path.join(benchTmp, 'validation-apps');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(repoRoot, 'fixtures', 'apps'), dir, { recursive: true });
  linkNodeModules(dir);
  const { model, diagnostics } = g.model.loadApiModel({
    root: dir,
    sourceRoots: ['apis'],
    registry: g.markers.defaultMarkerRegistry(),
  });
  const problems = diagnostics.filter((d) => d.severity === 'error');
  for (const generator of [g.lists, g.validation, g.defaults]) {
    const result = generator.generate(model, {});
    problems.push(...result.diagnostics.filter((d) => d.severity === 'error'));
    for (const file of result.files) fs.writeFileSync(path.join(dir, file.path), file.contents);
  }
  if (problems.length > 0)
    return { error: `generating into ${dir}: ${problems.map((d) => d.message).join('; ')}` };
  const packageDir = path.join(dir, PACKAGE);
  transpilePackage(packageDir);
  const kind = model.packages
    .find((p) => p.dir === PACKAGE)
    .types.find((t) => t.name === 'Deployment');
  const { schema } = g.schema.buildCrdSchema(model, kind);
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return {
    validate: require(path.join(packageDir, 'zz_generated.validation.js')).validateDeployment,
    setDefaults: require(path.join(packageDir, 'zz_generated.defaults.js'))
      .setObjectDefaults_Deployment,
    ajvValidate: ajv.compile(schema),
  };
}

/** The Deployment-sized object with schema errors in several places (bounds, enum, a missing required field). */
function invalidDeployment() {
  const d = deploymentSized();
  d.spec.replicas = -1;
  d.spec.minReadySeconds = -5;
  const [first, second] = d.spec.template.spec.containers;
  first.ports[0].containerPort = 70000;
  second.ports[1].containerPort = 0;
  delete second.name;
  return d;
}

/** Defaulting works in place: each round defaults a pool of fresh copies made before the clock starts. */
function defaultingRate(setDefaults, { rounds }) {
  const POOL = 2000;
  const samples = [];
  for (let round = 0; round < rounds + 1; round++) {
    const pool = Array.from({ length: POOL }, () => deploymentSized());
    const start = performance.now();
    for (const obj of pool) setDefaults(obj);
    if (round > 0) samples.push((POOL / (performance.now() - start)) * 1000);
  }
  return median(samples);
}

/** Runs the validation report and returns its figures. */
function run({ quick }) {
  const settings = quick
    ? { warmupMs: 100, rounds: 3, roundMs: 100 }
    : { warmupMs: 500, rounds: 7, roundMs: 300 };
  const loaded = loadGenerated();
  if (loaded.error) {
    console.error(`\n[validation] ${loaded.error}`);
    return { settings, errors: [loaded.error], targets: [] };
  }
  const { validate, ajvValidate, setDefaults } = loaded;
  const candidates = { generated: (o) => validate(o), ajv: (o) => ajvValidate(o) };
  const objects = { valid: deploymentSized(), invalid: invalidDeployment() };
  const results = {};
  const errors = [];
  for (const [label, input] of Object.entries(objects)) {
    const ours = validate(input);
    const theirs = ajvValidate(input);
    if ((ours.length === 0) !== theirs || (label === 'valid') !== theirs)
      errors.push(
        `the ${label} object: generated reports ${ours.length} error(s), ajv ${theirs ? 'accepts' : `${ajvValidate.errors.length} error(s)`}`,
      );
    const opsPerSec = measure(candidates, input, settings);
    results[label] = {
      errors: { generated: ours.length, ajv: theirs ? 0 : ajvValidate.errors.length },
      opsPerSec: { generated: Math.round(opsPerSec.generated), ajv: Math.round(opsPerSec.ajv) },
      ratio: fixed(opsPerSec.generated / opsPerSec.ajv),
    };
    printTable(
      `validation, ${label} Deployment-sized object (${JSON.stringify(input).length} bytes; median of ${settings.rounds} rounds of ${settings.roundMs} ms)`,
      ['validator', 'errors', 'ops/s', 'generated is ×'],
      [
        ['generated', results[label].errors.generated, results[label].opsPerSec.generated, ''],
        [
          'ajv (allErrors)',
          results[label].errors.ajv,
          results[label].opsPerSec.ajv,
          results[label].ratio,
        ],
      ],
    );
  }
  const defaultingOpsPerSec = Math.round(defaultingRate(setDefaults, settings));
  printTable(
    'defaulting, Deployment-sized object (fresh copies, copy time excluded)',
    ['defaulter', 'ops/s'],
    [['setObjectDefaults_Deployment', defaultingOpsPerSec]],
  );
  const targets = ['valid', 'invalid'].map((label) => ({
    description: `generated >= 1x ajv (allErrors) on the ${label} Deployment-sized object`,
    ratio: results[label].ratio,
    met: results[label].ratio >= 1 && errors.length === 0,
  }));
  console.log('');
  for (const t of targets)
    console.log(`target: ${t.description}: ${t.met ? 'met' : 'NOT met'} (${t.ratio}x)`);
  if (lastResult() === undefined) throw new Error('no validation ran');
  return { settings, objects: results, defaultingOpsPerSec, targets, errors };
}

module.exports = {
  name: 'validation',
  description: 'generated validator vs ajv (allErrors) on a Deployment; defaulting ops/s',
  run,
};

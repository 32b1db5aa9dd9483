import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { buildConfigSchema } from './config-schema';
import { CONFIG_OPTIONS } from './config-validate';

const packageRoot = path.join(__dirname, '..');
const schema = buildConfigSchema(fs.readFileSync(path.join(__dirname, 'types.ts'), 'utf8'));

test('kubegen.config.schema.json is up to date with the option types (node packages/codegen/scripts/write-config-schema.js)', () => {
  const committed = fs.readFileSync(path.join(packageRoot, 'kubegen.config.schema.json'), 'utf8');
  expect(committed).toBe(JSON.stringify(schema, null, 2) + '\n');
});

test('the schema knows exactly the options the loader accepts, each with its JSDoc', () => {
  const properties = (schema as { properties: Record<string, { description: string }> }).properties;
  expect(
    Object.keys(properties)
      .filter((k) => k !== '$schema')
      .sort(),
  ).toEqual(CONFIG_OPTIONS);
  for (const option of CONFIG_OPTIONS)
    expect(properties[option].description.length).toBeGreaterThan(10);
});

test('the schema accepts a good configuration and rejects an unknown option and a bad value', () => {
  const validate = new Ajv({ strict: false }).compile(schema);
  expect(validate({ sourceRoots: ['apis'], generatorOptions: { rbac: { roleName: 'x' } } })).toBe(
    true,
  );
  expect(validate({ sourceRoot: ['apis'] })).toBe(false);
  expect(validate({ generators: 'deepcopy' })).toBe(false);
});

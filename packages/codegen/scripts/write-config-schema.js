#!/usr/bin/env node
// Writes kubegen.config.schema.json from the JSDoc of GenerateOptions (src/types.ts); run after `npm run build`.
const fs = require('node:fs');
const path = require('node:path');
const { buildConfigSchema } = require('../dist/config-schema.js');
const root = path.join(__dirname, '..');
const schema = buildConfigSchema(fs.readFileSync(path.join(root, 'src', 'types.ts'), 'utf8'));
fs.writeFileSync(path.join(root, 'kubegen.config.schema.json'), JSON.stringify(schema, null, 2) + '\n');

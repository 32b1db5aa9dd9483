#!/usr/bin/env node
// Scaffolds packages/<dir> with package.json and tsconfig.json: `node scripts/new-package.js dir name "description" dep...`
const fs = require('node:fs');
const path = require('node:path');
const [dir, name, description, ...deps] = process.argv.slice(2);
if (!dir || !name || !description) {
  console.error('usage: node scripts/new-package.js <dir> <npm name> "<description>" [@kubegen/dep ...]');
  process.exit(2);
}
const root = path.join(__dirname, '..', 'packages', dir);
fs.mkdirSync(path.join(root, 'src'), { recursive: true });
const internal = deps.filter((d) => d.startsWith('@kubegen/') || d === 'kubegen');
const pkgPath = path.join(root, 'package.json');
if (!fs.existsSync(pkgPath)) {
  const pkg = {
    name,
    version: '0.1.0',
    description,
    license: 'Apache-2.0',
    main: 'dist/index.js',
    types: 'dist/index.d.ts',
    exports: {
      '.': { 'kubegen-source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' },
    },
    files: ['dist', 'src', '!src/**/*.test.ts'],
    dependencies: Object.fromEntries(internal.map((d) => [d, '0.1.0'])),
  };
  fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
}
const byName = {};
for (const d of fs.readdirSync(path.join(__dirname, '..', 'packages'))) {
  const p = path.join(__dirname, '..', 'packages', d, 'package.json');
  if (fs.existsSync(p)) byName[JSON.parse(fs.readFileSync(p, 'utf8')).name] = d;
}
const tsconfig = {
  extends: '../../tsconfig.base.json',
  compilerOptions: { rootDir: 'src', outDir: 'dist' },
  include: ['src'],
  exclude: ['src/**/*.test.ts', 'src/**/__tests__/**'],
  references: internal.map((d) => ({ path: `../${byName[d] ?? d.replace('@kubegen/', '')}` })),
};
fs.writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2) + '\n');
if (!fs.existsSync(path.join(root, 'src', 'index.ts'))) fs.writeFileSync(path.join(root, 'src', 'index.ts'), 'export {};\n');

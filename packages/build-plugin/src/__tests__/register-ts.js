'use strict';
// Lets a plain node child load kubegen's TypeScript sources (run with --conditions=kubegen-source), as
// jest does: the real bundlers are ESM and need a real node, not jest's module system.
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

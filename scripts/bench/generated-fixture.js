'use strict';
// Copies a fixture into .bench-tmp, runs the real `kubegen generate` on it and transpiles packages to JavaScript.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const ts = require('typescript');
const { benchTmp, linkNodeModules, repoRoot, tools } = require('./paths');
const { tail } = require('./measure');

/** Copies fixtures/<fixture> to .bench-tmp/<name> and generates it; returns `{ dir }` or `{ error }`. */
function generateFixtureCopy(fixture, name) {
  const dir = path.join(benchTmp, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(repoRoot, 'fixtures', fixture), dir, { recursive: true });
  linkNodeModules(dir);
  const child = spawnSync(process.execPath, [tools.kubegen, 'generate', dir], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (child.status !== 0)
    return {
      error: `kubegen generate failed on ${dir}:\n${tail(`${child.stdout}${child.stderr}`)}`,
    };
  return { dir };
}

/** Transpiles every `.ts` file of a package folder to `.js` beside it (CommonJS, ES2022). */
function transpilePackage(packageDir) {
  for (const file of fs.readdirSync(packageDir).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(packageDir, file), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
      fileName: file,
    });
    fs.writeFileSync(path.join(packageDir, file.replace(/\.ts$/, '.js')), outputText);
  }
}

module.exports = { generateFixtureCopy, transpilePackage };

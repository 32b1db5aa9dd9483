import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const PLUGIN = path.resolve(__dirname, '..', 'index.ts');
const REGISTER = path.join(__dirname, 'register-ts.js');

/** What a child build reports: the bundled text, or the bundler's error as it surfaced. */
export type BuildOutcome =
  { ok: true; text: string } | { ok: false; message: string; errors?: unknown[]; loc?: unknown };

const SCRIPTS = {
  esbuild: `
    require('esbuild')
      .build({
        entryPoints: [entry], bundle: true, write: false, platform: 'node', format: 'cjs',
        conditions: ['kubegen-source'], logLevel: 'silent', absWorkingDir: root,
        plugins: [plugin.kubegenEsbuild({ root })],
      })
      .then((r) => done({ ok: true, text: r.outputFiles[0].text }),
            (e) => done({ ok: false, message: e.message, errors: e.errors }));`,
  vite: `
    import('vite').then(({ build }) => build({
        root, configFile: false, logLevel: 'silent', plugins: [plugin.kubegenVite({ root })],
        build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'out' },
                 rollupOptions: { external: [/^@kubegen\\//] } },
      }))
      .then((r) => done({ ok: true, text: [r].flat()[0].output[0].code }),
            (e) => done({ ok: false, message: e.message, errors: e.errors }));`,
  // Rollup and webpack build a plain JavaScript entry (neither reads TypeScript without a loader): the
  // plugin's work shows in the generated files and in the errors.
  rollup: `
    require('rollup')
      .rollup({ input: entry, plugins: [plugin.kubegenRollup({ root })], onwarn: () => undefined })
      .then((b) => b.generate({ format: 'cjs' }))
      .then((r) => done({ ok: true, text: r.output[0].code }),
            (e) => done({ ok: false, message: e.message,
                          errors: [{ plugin: e.plugin, pluginCode: e.pluginCode, loc: e.loc }] }));`,
  webpack: `
    require('webpack')({
        mode: 'none', context: root, entry, target: 'node',
        output: { path: require('path').join(root, 'webpack-out'), filename: 'out.js' },
        plugins: [plugin.kubegenWebpack({ root })],
      }, (err, stats) => {
        if (err) return done({ ok: false, message: err.message });
        const info = stats.toJson({ all: false, errors: true });
        if (stats.hasErrors()) return done({ ok: false, message: info.errors.map((e) => e.message).join('\\n'), errors: info.errors });
        done({ ok: true, text: require('fs').readFileSync(require('path').join(root, 'webpack-out', 'out.js'), 'utf8') });
      });`,
};

/** Builds `entry` (in `root`) with the kubegen plugin in a real bundler, in a child node process. */
export function bundleWith(
  bundler: keyof typeof SCRIPTS,
  root: string,
  entry: string,
): BuildOutcome {
  const script = path.join(root, `build-${bundler}.cjs`);
  fs.writeFileSync(
    script,
    `const plugin = require(${JSON.stringify(PLUGIN)});
     const root = ${JSON.stringify(root)}, entry = ${JSON.stringify(path.join(root, entry))};
     const done = (o) => { process.stdout.write('@@' + JSON.stringify(o)); process.exit(0); };
     ${SCRIPTS[bundler]}`,
  );
  const child = spawnSync(
    process.execPath,
    ['--conditions=kubegen-source', '--no-warnings', '-r', REGISTER, script],
    { cwd: root, encoding: 'utf8', timeout: 120_000 },
  );
  const marker = child.stdout.indexOf('@@');
  if (marker < 0) throw new Error(`build did not finish:\n${child.stdout}\n${child.stderr}`);
  return JSON.parse(child.stdout.slice(marker + 2)) as BuildOutcome;
}

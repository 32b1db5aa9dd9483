import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createGenerationSession,
  DEFAULT_DEBOUNCE_MS,
  type GenerateOptions,
  type GenerationSession,
  type WatchScope,
} from '@kubegen/codegen';
import { formatDiagnostics, type Diagnostic } from '@kubegen/diagnostics';
import {
  createUnplugin,
  type UnpluginBuildContext,
  type UnpluginContext,
  type UnpluginInstance,
  type UnpluginOptions,
} from 'unplugin';
import { toBundlerMessage, toEsbuildMessage } from './messages';

/** Options of the kubegen build plugin: those of `generate`, and the pause before regenerating in dev servers. */
export interface KubegenPluginOptions extends GenerateOptions {
  /** Quiet time after the last change before a dev server regenerates, in ms (default 20, as `kubegen watch`). */
  debounceMs?: number;
}

/**
 * The kubegen plugin for every bundler unplugin serves. It generates at build start, regenerates when an
 * API source changes in watch mode, and reports diagnostics to the bundler with their positions. Its own
 * output never triggers another generation, and unchanged files are never rewritten, so no rebuild loops.
 */
export const kubegen: UnpluginInstance<KubegenPluginOptions | undefined, false> = createUnplugin<
  KubegenPluginOptions | undefined,
  false
>((options, meta) => {
  const { debounceMs = DEFAULT_DEBOUNCE_MS, ...generateOptions } = options ?? {};
  const session = createGenerationSession(generateOptions);
  const cwd = path.resolve(generateOptions.root ?? process.cwd());
  const plugin: UnpluginOptions = { name: 'kubegen', enforce: 'pre' };
  if (meta.framework === 'esbuild') {
    // esbuild has no watchChange and ignores what buildStart returns; its own onStart takes messages.
    plugin.esbuild = {
      setup(build) {
        build.onStart(async () => {
          session.noteUnknownChanges();
          const { diagnostics } = (await session.run()).result;
          return {
            errors: diagnostics.filter((d) => d.severity === 'error').map(toEsbuildMessage),
            warnings: diagnostics.filter((d) => d.severity !== 'error').map(toEsbuildMessage),
          };
        });
      },
    };
    return plugin;
  }
  let timer: NodeJS.Timeout | undefined;
  plugin.buildStart = async function (this: UnpluginBuildContext & Partial<UnpluginContext>) {
    const { diagnostics } = (await session.run()).result;
    for (const file of sourceFiles(await session.scope())) this.addWatchFile(file);
    report(this, diagnostics, cwd);
  };
  plugin.watchChange = (id) => {
    if (session.noteChange(id) === 'ignore') return;
    // A dev server never calls buildStart again; a watch build does, and then finds nothing left to do.
    clearTimeout(timer);
    timer = setTimeout(() => void regenerateInBackground(session, cwd), debounceMs);
  };
  return plugin;
});

/** Forwards diagnostics to the bundler: warnings one by one, errors as one failure naming every one. */
function report(
  context: Partial<UnpluginContext>,
  diagnostics: readonly Diagnostic[],
  cwd: string,
): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const warning of diagnostics.filter((d) => d.severity !== 'error')) {
    if (context.warn) context.warn(toBundlerMessage(warning, cwd));
    else console.warn(formatDiagnostics([warning], { cwd }));
  }
  if (errors.length === 0) return;
  const message = {
    ...toBundlerMessage(errors[0], cwd),
    message: `kubegen: ${formatDiagnostics(errors, { cwd })}`,
  };
  if (context.error) context.error(message);
  // Hosts whose build context has no error() (webpack's buildStart) fail on a thrown error.
  throw Object.assign(new Error(message.message), message);
}

async function regenerateInBackground(session: GenerationSession, cwd: string): Promise<void> {
  try {
    const { diagnostics } = (await session.run()).result;
    if (diagnostics.length > 0) console.error(formatDiagnostics(diagnostics, { cwd }));
  } catch (e) {
    console.error(`kubegen: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

/** The API sources, so that watch builds see edits to files no module imports (doc.ts, hooks). */
function sourceFiles(scope: WatchScope): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts') && !entry.name.startsWith('zz_generated.'))
        files.push(file);
    }
  };
  for (const dir of scope.sourceDirs) walk(dir);
  return files.sort();
}

import type { GenerateOptions } from './types';

/**
 * A project's kubegen configuration (`kubegen.config.ts`, `.mjs`, `.json`, `.yaml` or the `kubegen`
 * key of `package.json`): every option of `generate()` but `root`, `config` and `onProgress`, documented there.
 */
export type KubegenConfig = Omit<GenerateOptions, 'root' | 'config' | 'onProgress'>;

/** Returns its argument: it exists so that `kubegen.config.ts` is type-checked and completed in editors. */
export function defineConfig(config: KubegenConfig): KubegenConfig {
  return config;
}

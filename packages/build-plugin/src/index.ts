import { kubegen } from './plugin';

export { kubegen, type KubegenPluginOptions } from './plugin';
export {
  toBundlerMessage,
  toEsbuildMessage,
  type BundlerMessage,
  type EsbuildMessage,
} from './messages';

/** The plugin for vite: `plugins: [kubegenVite({ root })]`. */
export const kubegenVite = kubegen.vite;
/** The plugin for rollup. */
export const kubegenRollup = kubegen.rollup;
/** The plugin for webpack. */
export const kubegenWebpack = kubegen.webpack;
/** The plugin for esbuild. */
export const kubegenEsbuild = kubegen.esbuild;

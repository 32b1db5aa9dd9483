export * from './types';
export {
  loadApiModel,
  createModelLoader,
  type LoadOptions,
  type LoadResult,
  type ModelLoader,
} from './load';
export { pluralize } from './pluralize';
export { compareVersions, isKubeVersion } from './versions';

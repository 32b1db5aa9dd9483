export {
  applyPlan,
  blockingEntries,
  type ApplyResult,
  type PlannedFile,
  type ScaffoldPlan,
} from './plan';
export { planInit, type InitOptions } from './init-templates';
export { planCreateApi, kindFile, type CreateApiOptions } from './api-templates';
export {
  planCreateSubresource,
  type CreateSubresourceOptions,
  type SubresourceType,
} from './subresource-templates';
export { addKindMarker } from './kind-markers';
export { pluralOf, checkDomain } from './names';
export { readProjectFile, type ProjectFile } from './project-file';

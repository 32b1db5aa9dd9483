export {
  rbacGenerator,
  buildRoles,
  type RbacGeneratorOptions,
  type RoleObject,
} from './rbac-generator';
export { normalizeRules, type RbacRule, type PolicyRule } from './policy-rules';
export { readRbacMarkers, RBAC_MARKER, type RoleRule } from './rbac-markers';
export { kindRoleFiles, type KindRoleFile } from './kind-roles';
export { stringifyManifests, stringifyManifest } from './manifest-yaml';
export { findSourceMarkers, compareStrings } from './source-markers';
export { markerArgs, listArg, stringArg, boolArg, numberArg } from './marker-args';
export { closestVerb, RESOURCE_VERBS, NON_RESOURCE_VERBS } from './verbs';

export type { Definitions, GroupVersionKind, JsonObject, JsonValue, SchemaObject } from './json';
export { MetaNames, META_V1, metaDefinitions } from './meta-definitions';
export { groupIdentifier, modelName, operationIdAndTag, versionIdentifier } from './naming';
export {
  groupVersionRoutes,
  groupVersionRoot,
  servedGroupVersions,
  type Route,
  type ServedGroupVersion,
  type ServingStyle,
} from './routes';
export { type DocumentOptions, type DocumentResult } from './document-input';
export { buildSwaggerV2 } from './swagger-v2';
export { goParameterJson, parameterHash, shareParameters } from './shared-parameters';
export {
  buildOpenApiV3,
  buildOpenApiV3Discovery,
  buildOpenApiV3Documents,
  documentHash,
  groupVersionPath,
  serializeDocument,
  type OpenApiV3Documents,
} from './openapi-v3';
export { toV2Schema, toV3Schema } from './schema-forms';
export { OPENAPI_FILE, createOpenApiGenerator, openApiGenerator } from './generator';
export { modelDefinitions } from './definitions';

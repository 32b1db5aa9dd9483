export type {
  SchemaFlavor,
  JSONSchemaProps,
  ValidationRule,
  UnionExtension,
  GroupVersionKind,
  SchemaOrigin,
  SchemaOptions,
  CrdSchemaResult,
  OpenApiDefinitionsResult,
} from './types';
export { definitionName, metaDefinitionName, META_DEFINITION_NAMES } from './names';
export { buildCrdSchema, type CrdSchemaOptions } from './crd-schema';
export type { BuilderOptions as OpenApiDefinitionsOptions } from './builder';
export { buildOpenApiDefinitions } from './openapi-definitions';
export { checkStructuralSchema, type StructuralViolation } from './structural';
export { validateValue, type ValueCheckOptions } from './value-check';

export { crdGenerator, buildCrds, type CrdOptions } from './crd-generator';
export type {
  CustomResourceDefinition,
  CrdVersion,
  ConversionWebhook,
  CrdBuildOptions,
} from './crd-object';
export { checkCelRules } from './cel-check';
export { jsonPathResolves } from './json-path';

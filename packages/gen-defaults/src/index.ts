export { defaultsGenerator, DEFAULTS_FILE, objectDefaulterName } from './generator';
export { defaultingHookName, defaultingHookSignature } from './hooks';
export { declaredDefault, defaultMismatches } from './default-values';
export type { DefaultValue } from './default-values';

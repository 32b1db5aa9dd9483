// The parts of this package that load cel-es; `index.ts` loads this module on first use.
export { checkCelRules, joinFieldPath, type CelRule } from './rules';
export { compileCel, evaluateCel, type CelProgram } from './compile';
export { kubernetesLibrary, OPTIONAL_NONE, optionalOf } from './library';
export { toCelValue } from './values';

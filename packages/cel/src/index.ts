export { checkCelRules, joinFieldPath, type CelRule } from './rules';
export { compileCel, evaluateCel, celSyntaxError, isTransitionRule, type CelProgram } from './compile';
export { kubernetesLibrary, OPTIONAL_NONE, optionalOf } from './library';
export { toCelValue } from './values';

export { validationGenerator, VALIDATION_FILE, CEL_MODULE, validationHookName } from './generator';
export { constraintsOf, oneOfRules, type Constraints } from './constraints';

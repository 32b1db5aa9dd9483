export { deepCopyGenerator, DEEPCOPY_FILE } from './generator';
export { deepCopyFunctionName, packageOptsIn, typeOptIn, isCopiedByValue, planCopies } from './opt-in';
export type { CopyPlan } from './opt-in';

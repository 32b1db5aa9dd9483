export * from './types';
export * from './typescript-file';
export * from './literals';
export * from './modules';
export * from './type-text';
export * from './value-literal';
export * from './doc';
export * from './js-doc';

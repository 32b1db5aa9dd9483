export * from './types';
// Implemented in ./load (loadApiModel, LoadOptions, LoadResult).

export * from './diagnostic';
export * from './codes';
export * from './format';

export { registerGenerator, REGISTER_FILE } from './register';
export { listTypesGenerator } from './lists';

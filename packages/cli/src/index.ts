export { main, type CliEnvironment, type CodegenApi } from './main';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Tests import workspace packages from their TypeScript sources (the `kubegen-source` export condition),
  // so the suite does not depend on a stale dist/.
  testEnvironmentOptions: { customExportConditions: ['kubegen-source', 'node', 'require', 'default'] },
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  roots: ['<rootDir>/packages', '<rootDir>/fixtures', '<rootDir>/scripts'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/packages/.*/dist/'],
  testTimeout: 60000,
};

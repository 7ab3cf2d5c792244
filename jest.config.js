/** Unit tests: pure machines in workflows/ and specs beside the code in src/ and bench/. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      // The path aliases of tsconfig.json, rewritten at transform time so that files jest loads
      // outside its module system (global setup and teardown) resolve them too.
      baseUrl: __dirname,
      paths: {
        '@src/*': ['src/*'],
        '@workflows/*': ['workflows/*'],
        '@scripts/*': ['scripts/*'],
        '@test/*': ['test/*'],
        '@bench/*': ['bench/*'],
      },
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/workflows', '<rootDir>/src', '<rootDir>/bench'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // Nest 12 and jose ship ESM; jest runs CommonJS, so those packages are transformed too.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

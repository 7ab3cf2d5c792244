/** Unit tests: pure machines in workflows/ and specs beside the code in src/. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/workflows', '<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // The path aliases of tsconfig.json, which the build resolves through Nest's compiler.
  moduleNameMapper: { '^@(src|workflows|scripts|test|bench)/(.*)$': '<rootDir>/$1/$2' },
  // Nest 12 and jose ship ESM; jest runs CommonJS, so those packages are transformed too.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

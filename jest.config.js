/** Unit tests. The end-to-end suite has its own config (jest.e2e.config.js). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.all.json' }]
  },
  // A guard against hangs, not a speed check: some tests pack thousands of files or run unzip
  // and Python, and a loaded 2-core machine can take several times as long as an idle one.
  testTimeout: 60_000,
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'lcov']
}

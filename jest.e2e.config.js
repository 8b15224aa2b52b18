/**
 * End-to-end suite: the built action (dist/) run as the GitHub runner runs it, against a local
 * AWS emulator (moto, see e2e/README.md). Build first: npm run bundle.
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true }]
  },
  // Each test runs the action (one or two node processes) and waits for a deployment.
  testTimeout: 120000,
  // One emulator per test file; files run one after another so timings stay meaningful.
  maxWorkers: 1
}

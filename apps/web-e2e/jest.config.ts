import type { Config } from 'jest';

/**
 * Browser tests: real Chromium against the built web app served by the built API and the
 * certificate worker, on a fresh database. The global setup starts ONE stack for the whole run,
 * so tests run in band. Build first: `npx nx run-many -t build -p api worker web`.
 */
const config: Config = {
  displayName: 'web-e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};

export default config;

import type { Config } from 'jest';

import swcTransform from './jest.swc.js';

/**
 * Integration tests: `*.integration-spec.ts` against a real PostgreSQL and Redis (see
 * tools/test/services.js). Each file boots one app on its own database.
 */
const config: Config = {
  displayName: 'integration',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/apps/*/test/**/*.integration-spec.ts'],
  ...swcTransform,
  moduleNameMapper: {
    '^@lms/(.*)$': '<rootDir>/libs/$1/src/index.ts',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs'],
  testTimeout: 60_000,
  maxWorkers: 2,
};

export default config;

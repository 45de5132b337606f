module.exports = {
  displayName: 'server-identity',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  // SWC: decorator metadata for Nest, and CommonJS for the ESM-only Nest packages.
  ...require('../../../jest.swc.js'),
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/server/identity',
  // Covered by apps/api/test/identity (login, tokens and accounts need PostgreSQL and Redis).
  passWithNoTests: true,
};

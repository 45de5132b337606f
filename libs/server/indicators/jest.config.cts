module.exports = {
  displayName: 'server-indicators',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  // SWC: decorator metadata for Nest, and CommonJS for the ESM-only Nest packages.
  ...require('../../../jest.swc.js'),
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/server/indicators',
};

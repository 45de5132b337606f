import baseConfig from '../../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Used by the API, the worker and the browser alike: no framework, no npm package, no
    // Node or DOM module. Relative imports inside the library are the only ones allowed.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.{1,2}/)',
              message: '@lms/shared/domain is pure TypeScript: import only files of this library.',
            },
          ],
        },
      ],
    },
  },
];

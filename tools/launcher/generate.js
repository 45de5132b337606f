'use strict';
// `npm run generate -- --employees N --completions M`: builds the API, migrates the database that
// `npm start` uses and fills it with synthetic data (the API's `generate` command; arguments are
// passed through).
const { runApiCommandWithServices } = require('./api-command');

void runApiCommandWithServices({
  command: 'generate',
  args: process.argv.slice(2),
  migrateFirst: true,
});

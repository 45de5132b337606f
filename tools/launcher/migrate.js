'use strict';
// `npm run migrate`: builds the API and applies pending migrations to the database `npm start`
// uses (arguments are passed to the API's `migrate` command).
const { runApiCommandWithServices } = require('./api-command');

void runApiCommandWithServices({
  command: 'migrate',
  args: process.argv.slice(2),
  migrateFirst: false,
});

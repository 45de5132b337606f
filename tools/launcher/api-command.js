'use strict';
// Runs one of the API's commands (`node dist/apps/api/main.js <command>`) against the database
// `npm start` uses: DATABASE_URL, or the embedded PostgreSQL under DATA_DIR, started for the
// occasion or shared with a running `npm start`. Used by `npm run migrate` and `npm run generate`.
const { runningChildren, say } = require('./child-processes');
const {
  appEnv,
  buildProjects,
  provideServices,
  readSettings,
  runApiCommand,
} = require('./runtime');

/**
 * @param {{ command: string, args: string[], migrateFirst: boolean }} options
 * @returns {Promise<never>}
 */
async function runApiCommandWithServices({ command, args, migrateFirst }) {
  const settings = readSettings();
  /** @type {Promise<import('./runtime').Services> | undefined} */
  let servicesStarting;
  let stopping = false;
  /** @param {number} code @param {string} [reason] @returns {Promise<never>} */
  const finish = async (code, reason) => {
    if (!stopping) {
      stopping = true;
      if (reason) say(reason);
      await Promise.all(runningChildren().map((child) => child.stop()));
      const services = await servicesStarting?.catch(() => undefined);
      await services?.stop();
      process.exit(code);
    }
    return new Promise(() => undefined);
  };
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    // The command is in its own process group, so the signal reaches only us: pass it on.
    process.on(signal, () => void finish(130, `${signal} received: stopping`));
  }
  try {
    if (!(await buildProjects(['api']))) return finish(1);
    servicesStarting = provideServices(settings);
    const env = appEnv(settings, await servicesStarting);
    if (migrateFirst) {
      const migrate = await runApiCommand('migrate', ['migrate'], env, { inheritOutput: true });
      if (migrate.code !== 0)
        return finish(migrate.code, `migrate failed (exit code ${migrate.code})`);
    }
    // Progress lines (possibly redrawn with \r) go straight to the terminal.
    const result = await runApiCommand(command, [command, ...args], env, { inheritOutput: true });
    return finish(
      result.code,
      result.code === 0 ? undefined : `${command} failed (exit code ${result.code})`,
    );
  } catch (error) {
    return finish(1, error instanceof Error ? error.message : String(error));
  }
}

module.exports = { runApiCommandWithServices };

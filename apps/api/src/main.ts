import { runCli } from './cli/run-cli';

/**
 * One binary, several commands: `serve` (default) runs the API; `migrate`, `seed-demo` and
 * `generate` are what the launcher and operators run against the same configuration.
 */
runCli(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

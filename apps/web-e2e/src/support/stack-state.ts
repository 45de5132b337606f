import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the global setup started, handed to the tests and the teardown through a file. */
export interface StackState {
  baseUrl: string;
  pid: number;
  /** The certificate worker (dist/apps/worker/main.js). */
  workerPid: number;
  databaseName: string;
  adminDatabaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  dataDir: string;
  learnerNip: string;
  learnerName: string;
}

const STATE_FILE_VARIABLE = 'LMS_E2E_STATE_FILE';

/**
 * The global setup names the file after its own process and leaves the name in the environment,
 * which Jest's test workers and the teardown inherit: two runs on one machine never share it.
 */
export function stackStateFile(): string {
  const named = process.env[STATE_FILE_VARIABLE];
  if (named) return named;
  const file = join(tmpdir(), `lms-web-e2e-stack-${process.pid}.json`);
  process.env[STATE_FILE_VARIABLE] = file;
  return file;
}

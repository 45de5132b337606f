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

export const STACK_STATE_FILE = join(tmpdir(), 'lms-web-e2e-stack.json');

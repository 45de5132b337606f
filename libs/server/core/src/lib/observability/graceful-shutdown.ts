import type { INestApplicationContext, LoggerService } from '@nestjs/common';

import { ShutdownState } from './shutdown-state';

export interface GracefulShutdownOptions {
  /** How long readiness answers 503 before the listener closes (SHUTDOWN_GRACE_MS). */
  graceMs: number;
  /** After this, the process exits even if something still hangs. */
  timeoutMs?: number;
  logger: LoggerService;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The ordered stop: readiness fails first (load balancers stop sending), then after the grace period
 * the app closes. Closing the API stops accepting connections and lets in-flight requests finish
 * (Apollo's drain plugin and http.Server#close); closing the worker lets active jobs finish
 * (BullMQ Worker#close) while waiting jobs stay in Redis for the other workers.
 */
export async function shutDownGracefully(
  app: INestApplicationContext,
  options: GracefulShutdownOptions,
  signal = 'SIGTERM',
): Promise<void> {
  let state: ShutdownState | undefined;
  try {
    state = app.get(ShutdownState, { strict: false });
  } catch {
    state = undefined;
  }
  state?.beginDraining();
  options.logger.log(`${signal}: draining for ${options.graceMs} ms, then closing`, 'Shutdown');
  if (options.graceMs > 0) await sleep(options.graceMs);
  await app.close();
  options.logger.log('closed cleanly', 'Shutdown');
}

/**
 * Replaces Nest's enableShutdownHooks for long-running processes: the first SIGTERM/SIGINT starts
 * the ordered stop; a second one, or the timeout, ends the process at once.
 */
export function installGracefulShutdown(
  app: INestApplicationContext,
  options: GracefulShutdownOptions,
): void {
  const timeoutMs = options.timeoutMs ?? options.graceMs + 30_000;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      options.logger.warn?.(`${signal} again: exiting now`, 'Shutdown');
      process.exit(1);
    }
    stopping = true;
    const timer = setTimeout(() => {
      options.logger.error(`still not closed after ${timeoutMs} ms: exiting`, 'Shutdown');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    shutDownGracefully(app, options, signal).then(
      () => process.exit(0),
      (error: unknown) => {
        options.logger.error(error instanceof Error ? error.stack : String(error), 'Shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

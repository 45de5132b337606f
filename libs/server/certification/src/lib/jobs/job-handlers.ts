/** One handler per job name, typed by the queue's payload map. */
export type JobHandlers<Payloads> = {
  [Name in keyof Payloads]: (payload: Payloads[Name]) => Promise<unknown>;
};

/**
 * Checked when the worker boots: a job name that producers may send without a handler here would
 * otherwise fail only when the first such job arrives, in production.
 */
export function assertHandlersCover(
  queue: string,
  names: readonly string[],
  handlers: Record<string, unknown>,
): void {
  const missing = names.filter((name) => typeof handlers[name] !== 'function');
  if (missing.length) {
    throw new Error(`Queue ${queue}: no handler for job name(s) ${missing.join(', ')}`);
  }
}

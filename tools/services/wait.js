'use strict';
// Polling helpers: services announce readiness by answering, so we ask until they do.

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `check` until it returns a truthy value (which is returned) or the time is up.
 * `abortIf` is asked before every attempt; a string it returns ends the wait with that message
 * (for example "the process exited"), so a dead service fails fast instead of timing out.
 * @template T
 * @param {() => Promise<T> | T} check
 * @param {{ timeoutMs?: number, intervalMs?: number, what?: string, abortIf?: () => string | undefined | null | false }} [options]
 * @returns {Promise<T>}
 */
async function waitUntil(check, options = {}) {
  const { timeoutMs = 30_000, intervalMs = 200, what = 'the service', abortIf } = options;
  const deadline = Date.now() + timeoutMs;
  /** @type {unknown} */
  let lastError;
  for (;;) {
    const abortReason = abortIf?.();
    if (abortReason) throw new Error(abortReason);
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    await sleep(intervalMs);
  }
  const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${detail}`);
}

/**
 * The last `lines` lines of a text file, for error messages; empty when unreadable.
 * @param {string} file
 * @param {number} [lines]
 */
function tailOfFile(file, lines = 15) {
  try {
    const text = require('node:fs').readFileSync(file, 'utf8');
    return text.trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

module.exports = { sleep, waitUntil, tailOfFile };

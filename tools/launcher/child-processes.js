'use strict';
// Child processes of the launcher: each in its own process group so that Ctrl-C reaches only the
// launcher, which then stops them in order (apps first, their database last) and can take
// grandchildren (Nx's workers) down with them.
const { spawn } = require('node:child_process');
const readline = require('node:readline');

const COLORS = [36, 35, 33, 32, 34, 31];
const useColor = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];

/** @type {Set<ManagedChild>} */
const running = new Set();

/**
 * @typedef {object} ManagedChild
 * @property {string} name
 * @property {number | undefined} pid
 * @property {Promise<{ code: number | null, signal: NodeJS.Signals | null, error?: Error }>} done
 *           settles when the process has exited and its output is drained
 * @property {string[]} stdoutLines  every stdout line, when `captureStdout` was asked
 * @property {(timeoutMs?: number) => Promise<void>} stop  SIGTERM to the group, SIGKILL after the timeout
 */

/**
 * @param {string} name
 * @param {number} index
 */
function tagOf(name, index) {
  const label = `[${name}]`;
  return useColor ? `\x1b[${COLORS[index % COLORS.length]}m${label}\x1b[0m` : label;
}

/**
 * Writes a line from the launcher itself.
 * @param {string} message
 */
function say(message) {
  process.stdout.write(`${useColor ? '\x1b[1m[lms]\x1b[0m' : '[lms]'} ${message}\n`);
}

let started = 0;

/**
 * @param {number | undefined} pid
 * @param {NodeJS.Signals} signal
 */
function signalGroup(pid, signal) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Starts `command` with every output line prefixed by `[name]` (or passed through untouched with
 * `inheritOutput`, for tools with their own progress display such as Nx).
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, captureStdout?: boolean, inheritOutput?: boolean }} [options]
 * @returns {ManagedChild}
 */
function startChild(name, command, args, options = {}) {
  const { env = process.env, cwd, captureStdout = false, inheritOutput = false } = options;
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', inheritOutput ? 'inherit' : 'pipe', inheritOutput ? 'inherit' : 'pipe'],
  });
  const tag = tagOf(name, started++);
  /** @type {string[]} */
  const stdoutLines = [];
  for (const [stream, target, isStdout] of /** @type {const} */ ([
    [child.stdout, process.stdout, true],
    [child.stderr, process.stderr, false],
  ])) {
    if (!stream) continue;
    readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      if (isStdout && captureStdout) stdoutLines.push(line);
      target.write(`${tag} ${line}\n`);
    });
  }

  /** @type {ManagedChild} */
  const managed = {
    name,
    pid: child.pid,
    stdoutLines,
    done: new Promise((resolve) => {
      child.once('error', (error) => resolve({ code: null, signal: null, error }));
      child.once('close', (code, signal) => resolve({ code, signal }));
    }),
    stop: async (timeoutMs = 10_000) => {
      if (!running.has(managed)) return;
      signalGroup(child.pid, 'SIGTERM');
      const timer = new Promise((resolve) => setTimeout(resolve, timeoutMs).unref());
      if ((await Promise.race([managed.done.then(() => 'done'), timer])) !== 'done') {
        say(`${name} did not stop within ${timeoutMs / 1000} s: killing it`);
        signalGroup(child.pid, 'SIGKILL');
        await managed.done;
      }
    },
  };
  running.add(managed);
  managed.done.then(() => running.delete(managed));
  return managed;
}

/**
 * Runs a command to completion; resolves with its exit code (1 when it could not start).
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, captureStdout?: boolean, inheritOutput?: boolean }} [options]
 */
async function runToEnd(name, command, args, options = {}) {
  const managed = startChild(name, command, args, options);
  const result = await managed.done;
  if (result.error) say(`${name} could not start: ${result.error.message}`);
  return { code: result.error ? 1 : (result.code ?? 1), stdoutLines: managed.stdoutLines };
}

/** Children still running. */
const runningChildren = () => [...running];

// Last resort when the launcher dies without its orderly shutdown (uncaught error): the children
// are in their own process groups and would otherwise outlive it.
process.on('exit', () => {
  for (const managed of running) signalGroup(managed.pid, 'SIGTERM');
});

module.exports = { startChild, runToEnd, runningChildren, say };

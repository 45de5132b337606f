'use strict';
// Process checks for servers we may not be the parent of (adopted after their starter died).
const fs = require('node:fs');

/**
 * True when `pid` runs. A zombie counts as gone: an adopted server's exit is reaped by whatever
 * init the machine has, which in a container may never do it.
 * @param {number | undefined} pid
 */
function isAlive(pid) {
  if (!pid || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): kill(0) is all we know
  }
}

module.exports = { isAlive };

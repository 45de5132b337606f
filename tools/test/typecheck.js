'use strict';
// Type-checks every Nx project: `nx run-many -t typecheck` for projects that have that target,
// `tsc --noEmit -p` over each tsconfig.*.json (app, lib, spec, e2e...) of the others. Lint and
// jest (isolated transpilation) would otherwise let type errors through. Also the JSDoc types of
// the plain-JS tooling (tools/test/tsconfig.tools.json).
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '../..');
const PARALLEL = 2;

/** @returns {Record<string, { root: string, targets: string[] }>} */
function readProjects() {
  const nx = require.resolve('nx/bin/nx.js', { paths: [REPO_ROOT] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-graph-'));
  const file = path.join(dir, 'graph.json');
  try {
    execFileSync(process.execPath, [nx, 'graph', `--file=${file}`], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    /** @type {{ graph: { nodes: Record<string, { data: { root: string, targets?: Record<string, unknown> } }> } }} */
    const graph = JSON.parse(fs.readFileSync(file, 'utf8'));
    return Object.fromEntries(
      Object.entries(graph.graph.nodes).map(([name, node]) => [
        name,
        { root: node.data.root, targets: Object.keys(node.data.targets ?? {}) },
      ]),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<{ code: number, output: string }>}
 */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: error.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function main() {
  const projects = readProjects();
  const withTarget = Object.keys(projects).filter((name) =>
    projects[name].targets.includes('typecheck'),
  );
  let failed = false;

  if (withTarget.length > 0) {
    const nx = require.resolve('nx/bin/nx.js', { paths: [REPO_ROOT] });
    const result = await run(process.execPath, [
      nx,
      'run-many',
      '-t',
      'typecheck',
      '-p',
      ...withTarget,
    ]);
    process.stdout.write(result.output);
    if (result.code !== 0) failed = true;
  }

  const tsc = require.resolve('typescript/bin/tsc', { paths: [REPO_ROOT] });
  const configs = Object.entries(projects)
    .filter(([name]) => !withTarget.includes(name))
    .flatMap(([, { root }]) =>
      fs
        .readdirSync(path.join(REPO_ROOT, root))
        .filter((file) => /^tsconfig\..+\.json$/.test(file))
        .map((file) => path.join(root, file)),
    )
    .sort();
  // The plain-JS tooling (launcher, services, test runner) is checked through its JSDoc types.
  configs.push('tools/test/tsconfig.tools.json');

  const queue = [...configs];
  const worker = async () => {
    for (let config = queue.shift(); config; config = queue.shift()) {
      const result = await run(process.execPath, [tsc, '--noEmit', '-p', config]);
      process.stdout.write(`${result.code === 0 ? 'ok  ' : 'FAIL'} tsc --noEmit -p ${config}\n`);
      if (result.code !== 0) {
        failed = true;
        process.stdout.write(`${result.output.trimEnd().replace(/^/gm, '     ')}\n`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

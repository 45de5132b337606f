#!/usr/bin/env node
// Fails (exit 1) when libs/web/core/src/lib/generated/graphql.ts is not what `npm run codegen`
// would write from the committed schema and documents. Generates into a temporary file so the
// working tree is never touched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const committedPath = join(root, 'libs/web/core/src/lib/generated/graphql.ts');
const dir = mkdtempSync(join(tmpdir(), 'lms-codegen-'));
const freshPath = join(dir, 'graphql.ts');

try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CODEGEN_OUTPUT: freshPath },
  });
  let committed = '';
  try {
    committed = readFileSync(committedPath, 'utf8');
  } catch {
    // A missing file is reported as stale below.
  }
  if (committed !== readFileSync(freshPath, 'utf8')) {
    console.error(
      'libs/web/core/src/lib/generated/graphql.ts is stale: run `npm run codegen` and commit the result.',
    );
    process.exit(1);
  }
  console.log('GraphQL codegen output is up to date.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

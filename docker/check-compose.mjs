#!/usr/bin/env node
// Validates the deployment files without a Docker engine (none runs on CI machines):
// 1. `docker compose config` (the CLI plugin) or, where only the standalone v1 tool exists,
//    `docker-compose config`, when either is installed;
// 2. always, the promises the README makes about them, read from the parsed files.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import YAML from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const composeFile = join(here, 'docker-compose.yml');
const failures = [];
let passed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed += 1;
  else failures.push(`${name}${detail ? `: ${detail}` : ''}`);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? ` — ${detail}` : ''}`);
};

const tools = [
  ['docker compose', 'docker', ['compose', '-f', composeFile, 'config', '-q']],
  ['docker-compose', 'docker-compose', ['-f', composeFile, 'config', '-q']],
];
let validatedBy = null;
for (const [label, cmd, args] of tools) {
  const probe = spawnSync(cmd, label === 'docker compose' ? ['compose', 'version'] : ['version'], {
    encoding: 'utf8',
  });
  if (probe.status !== 0) continue;
  const run = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: { ...process.env, PUBLIC_URL: 'https://lms.example.go.id' },
  });
  check(
    `${label} config accepts docker-compose.yml`,
    run.status === 0,
    (run.stderr || run.stdout).trim(),
  );
  validatedBy = label;
  break;
}
if (!validatedBy) {
  console.log(
    'note: neither `docker compose` nor `docker-compose` is installed; structural checks only',
  );
}

const compose = YAML.parse(readFileSync(composeFile, 'utf8'), { merge: true });
const services = compose.services ?? {};
const env = (name) => services[name]?.environment ?? {};
check(
  'PostgreSQL, Redis, migrate, two APIs, two workers and a proxy',
  ['postgres', 'redis', 'migrate', 'api-1', 'api-2', 'worker-1', 'worker-2', 'proxy'].every(
    (s) => s in services,
  ),
);
const redisArgs = (services.redis?.command ?? []).join(' ');
check(
  'Redis keeps an append-only file, fsync every second',
  /--appendonly yes/.test(redisArgs) && /--appendfsync everysec/.test(redisArgs),
);
check(
  'Redis never evicts keys (BullMQ jobs, rate-limit counters)',
  /--maxmemory-policy noeviction/.test(redisArgs),
);
check(
  'migrations run once and are not restarted',
  services.migrate?.restart === 'no' &&
    services.migrate?.command?.join(' ') === 'node main.js migrate',
);
for (const name of ['api-1', 'api-2', 'worker-1', 'worker-2']) {
  const s = services[name] ?? {};
  check(
    `${name} waits for the migrations to succeed`,
    s.depends_on?.migrate?.condition === 'service_completed_successfully',
  );
  check(
    `${name} runs in production with secrets from files`,
    env(name).NODE_ENV === 'production' &&
      env(name).JWT_SECRET_FILE &&
      env(name).DATABASE_URL_FILE &&
      !env(name).JWT_SECRET,
  );
  check(
    `${name} shares the certificates volume`,
    (s.volumes ?? []).some((v) => String(v).startsWith('certificates:')),
  );
}
for (const name of ['api-1', 'api-2']) {
  check(`${name} trusts exactly one proxy hop`, env(name).TRUST_PROXY === '1');
}
check(
  'workers get time to finish active jobs',
  ['worker-1', 'worker-2'].every(
    (w) =>
      /^\d+s$/.test(services[w]?.stop_grace_period ?? '') &&
      parseInt(services[w].stop_grace_period, 10) >= 60,
  ),
);

const nginx = readFileSync(join(here, 'nginx.conf'), 'utf8');
check(
  'the proxy balances over both API replicas',
  /server api-1:3000/.test(nginx) && /server api-2:3000/.test(nginx),
);
check(
  'the proxy passes a request id and the client address',
  /X-Request-Id \$request_id/.test(nginx) && /X-Forwarded-For/.test(nginx),
);
check('the proxy limits requests per client IP', /limit_req_zone \$binary_remote_addr/.test(nginx));
check(
  'the proxy config is mounted into the proxy',
  (services.proxy?.volumes ?? []).some((v) => v.startsWith('./nginx.conf:')),
);

const dockerfile = readFileSync(join(here, 'Dockerfile'), 'utf8');
const stages = Object.fromEntries(
  dockerfile
    .split(/^FROM /m)
    .slice(1)
    .map((block) => [/ AS (\S+)/.exec(block.split('\n')[0])?.[1], block]),
);
for (const target of ['api', 'worker']) {
  check(
    `the ${target} image runs as the unprivileged node user`,
    /^USER node$/m.test(stages[target] ?? ''),
  );
  check(
    `the ${target} image installs production dependencies only`,
    /--omit=dev/.test(stages[`${target}-modules`] ?? ''),
  );
}
check(
  'the web image is an unprivileged nginx',
  /nginx-unprivileged/.test(
    dockerfile.split(/^FROM /m).find((b) => / AS web$/m.test(b.split('\n')[0])) ?? '',
  ),
);
for (const [service, target] of [
  ['api-1', 'api'],
  ['worker-1', 'worker'],
  ['migrate', 'api'],
]) {
  check(
    `${service} builds the ${target} target`,
    services[service]?.build?.target === target && target in stages,
  );
}

console.log(
  `docker: ${passed} passed, ${failures.length} failed${validatedBy ? ` (validated by ${validatedBy})` : ''}`,
);
process.exit(failures.length ? 1 : 0);

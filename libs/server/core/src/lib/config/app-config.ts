import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  dataDir: string;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every Redis key and BullMQ queue, so several deployments or test runs can share a Redis. */
  redisPrefix: string;
  publicUrl: string;
  jwtSecret: string;
  /** Lifetime of an access token in seconds: short, so a stolen token is worth little. */
  accessTokenTtl: number;
  demoPassword: string;
  /** Where the built Angular app lives; served at `/` when present. */
  webDistDir: string;
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins: string[];
  /** Proxy hops in front of the API whose X-Forwarded-For is believed (0: none, the socket's address). */
  trustProxy: number;
  /** Requests per minute per client IP across all API processes, and the stricter public-route limit. */
  rateLimit: { perMinute: number; publicPerMinute: number };
  /** Bounds on one GraphQL operation: nesting depth, aliases and estimated cost. */
  graphqlLimits: { maxDepth: number; maxAliases: number; maxCost: number };
  logLevel: LogLevel;
  /** `json` (one object per line, for log collectors) or `pretty` (for a developer's terminal). */
  logFormat: 'json' | 'pretty';
  /** How long a stopping API answers 503 on /health (so load balancers move away) before it closes. */
  shutdownGraceMs: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_DEMO_PASSWORD = 'bimtek2026';

/** Raised at boot; the message names the variable so an operator knows what to fix. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
  }
}

type Env = Record<string, string | undefined>;

function parsePort(env: Env): number {
  const raw = env['PORT'] ?? '3000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError('PORT', `must be a whole number from 1 to 65535, got "${raw}"`);
  }
  return port;
}

function parseInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** Comma-separated browser origins (`https://lms.example.go.id`), each without a path. */
function parseOrigins(env: Env): string[] {
  const raw = env['CORS_ORIGINS'] ?? '';
  return raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((origin) => {
      let url: URL | undefined;
      try {
        url = new URL(origin);
      } catch {
        url = undefined;
      }
      if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== origin) {
        throw new ConfigError(
          'CORS_ORIGINS',
          `"${origin}" is not an origin such as https://lms.example.go.id (scheme and host, no path)`,
        );
      }
      return origin;
    });
}

/** `NAME_FILE` points at a file holding the value (Docker and Kubernetes secrets). */
function secretFrom(env: Env, name: string): string | undefined {
  const file = env[`${name}_FILE`];
  if (!file) return env[name] || undefined;
  if (env[name]) throw new ConfigError(name, `set either ${name} or ${name}_FILE, not both`);
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    throw new ConfigError(`${name}_FILE`, `cannot read "${file}"`);
  }
}

function parseUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')}`);
  }
  return raw;
}

/**
 * Development secrets are generated once under DATA_DIR so that tokens survive a restart and no
 * secret ever sits in the repository; production must be given its secrets explicitly.
 */
function devSecret(dataDir: string, name: string): string {
  const dir = join(dataDir, 'secrets');
  const file = join(dir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const rawEnv = env['NODE_ENV'] ?? 'development';
  if (!['development', 'production', 'test'].includes(rawEnv)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${rawEnv}"`);
  }
  const nodeEnv = rawEnv as AppConfig['nodeEnv'];
  const production = nodeEnv === 'production';
  const testing = nodeEnv === 'test';
  const port = parsePort(env);
  const rawDataDir = env['DATA_DIR'] || './.data';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(process.cwd(), rawDataDir);

  const databaseUrl = parseUrl(
    { ...env, DATABASE_URL: secretFrom(env, 'DATABASE_URL') },
    'DATABASE_URL',
    ['postgres:', 'postgresql:'],
  );
  if (!databaseUrl) {
    throw new ConfigError(
      'DATABASE_URL',
      'is not set (npm start sets it to its embedded PostgreSQL; set it to a postgres:// URL otherwise)',
    );
  }
  const explicitRedisUrl = parseUrl(env, 'REDIS_URL', ['redis:', 'rediss:']);
  // A production API guessing a local Redis would split throttles and queues between machines.
  if (!explicitRedisUrl && production) {
    throw new ConfigError('REDIS_URL', 'must be set in production');
  }
  const redisUrl = explicitRedisUrl ?? 'redis://127.0.0.1:6379';
  const redisPrefix = env['REDIS_PREFIX'] || 'lms';
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(redisPrefix)) {
    throw new ConfigError('REDIS_PREFIX', 'must be 1 to 40 letters, digits, dashes or underscores');
  }
  const explicitPublicUrl = parseUrl(env, 'PUBLIC_URL', ['http:', 'https:']);
  // Certificates' QR codes carry this URL for years: a production default of localhost is a bug.
  if (!explicitPublicUrl && production) {
    throw new ConfigError('PUBLIC_URL', 'must be set in production (the links in certificates)');
  }
  const publicUrl = (explicitPublicUrl ?? `http://localhost:${port}`).replace(/\/+$/, '');

  let jwtSecret = secretFrom(env, 'JWT_SECRET');
  if (!jwtSecret) {
    if (production) throw new ConfigError('JWT_SECRET', 'must be set in production');
    jwtSecret = devSecret(dataDir, 'jwt-secret');
  } else if (jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }

  const ttlRaw = env['ACCESS_TOKEN_TTL'] ?? '3600';
  const accessTokenTtl = Number(ttlRaw);
  if (!Number.isInteger(accessTokenTtl) || accessTokenTtl < 60 || accessTokenTtl > 86400) {
    throw new ConfigError('ACCESS_TOKEN_TTL', 'must be a number of seconds from 60 to 86400');
  }

  const demoPassword = env['DEMO_PASSWORD'] || DEFAULT_DEMO_PASSWORD;
  const webDistDir = env['WEB_DIST_DIR'] || resolve(process.cwd(), 'dist/apps/web/browser');

  const logLevel = (env['LOG_LEVEL'] || (nodeEnv === 'test' ? 'error' : 'info')) as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const logFormat = env['LOG_FORMAT'] || (nodeEnv === 'development' ? 'pretty' : 'json');
  if (logFormat !== 'json' && logFormat !== 'pretty') {
    throw new ConfigError('LOG_FORMAT', 'must be json or pretty');
  }

  return {
    nodeEnv,
    port,
    dataDir,
    databaseUrl,
    redisUrl,
    redisPrefix,
    publicUrl,
    jwtSecret,
    accessTokenTtl,
    demoPassword,
    webDistDir,
    corsOrigins: parseOrigins(env),
    trustProxy: parseInteger(env, 'TRUST_PROXY', 0, 0, 10),
    // Test suites log in and call the API from one address hundreds of times a minute; the
    // suites that test the limits set them explicitly.
    rateLimit: {
      perMinute: parseInteger(
        env,
        'RATE_LIMIT_PER_MINUTE',
        testing ? 1_000_000 : 600,
        10,
        1_000_000,
      ),
      publicPerMinute: parseInteger(
        env,
        'PUBLIC_RATE_LIMIT_PER_MINUTE',
        testing ? 1_000_000 : 60,
        1,
        1_000_000,
      ),
    },
    graphqlLimits: {
      maxDepth: parseInteger(env, 'GRAPHQL_MAX_DEPTH', 10, 3, 50),
      maxAliases: parseInteger(env, 'GRAPHQL_MAX_ALIASES', 20, 1, 500),
      maxCost: parseInteger(env, 'GRAPHQL_MAX_COST', 5000, 100, 1_000_000),
    },
    logLevel,
    logFormat,
    shutdownGraceMs: parseInteger(env, 'SHUTDOWN_GRACE_MS', production ? 5000 : 0, 0, 120_000),
  };
}

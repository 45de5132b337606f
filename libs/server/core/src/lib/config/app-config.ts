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
}

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
  const port = parsePort(env);
  const rawDataDir = env['DATA_DIR'] || './.data';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(process.cwd(), rawDataDir);

  const databaseUrl = parseUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  if (!databaseUrl) {
    throw new ConfigError(
      'DATABASE_URL',
      'is not set (npm start sets it to its embedded PostgreSQL; set it to a postgres:// URL otherwise)',
    );
  }
  const redisUrl = parseUrl(env, 'REDIS_URL', ['redis:', 'rediss:']) ?? 'redis://127.0.0.1:6379';
  const redisPrefix = env['REDIS_PREFIX'] || 'lms';
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(redisPrefix)) {
    throw new ConfigError('REDIS_PREFIX', 'must be 1 to 40 letters, digits, dashes or underscores');
  }
  const publicUrl = (
    parseUrl(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`
  ).replace(/\/+$/, '');

  let jwtSecret = env['JWT_SECRET'];
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
  };
}

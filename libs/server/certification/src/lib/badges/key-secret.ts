import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { AppConfig } from '@lms/server/core';

/**
 * The key that encrypts the regions' signing keys at rest: CERTIFICATE_KEY_SECRET, required in
 * production; elsewhere generated once under DATA_DIR/secrets, like the other development secrets.
 */
export function signingKeySecret(
  config: AppConfig,
  env: Record<string, string | undefined> = process.env,
): Buffer {
  let secret = env['CERTIFICATE_KEY_SECRET'];
  if (!secret) {
    if (config.nodeEnv === 'production') {
      throw new Error(
        'CERTIFICATE_KEY_SECRET: must be set in production (it encrypts the badge signing keys)',
      );
    }
    const dir = join(config.dataDir, 'secrets');
    const file = join(dir, 'certificate-key-secret');
    if (existsSync(file)) {
      secret = readFileSync(file, 'utf8').trim();
    } else {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      secret = randomBytes(32).toString('base64url');
      writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    }
  } else if (secret.length < 32) {
    throw new Error('CERTIFICATE_KEY_SECRET: must be at least 32 characters long');
  }
  return createHash('sha256').update(secret).digest();
}

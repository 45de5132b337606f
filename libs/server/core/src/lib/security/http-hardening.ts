import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import type { HelmetOptions } from 'helmet';

import type { AppConfig } from '../config/app-config';

/**
 * The Angular build loads its full stylesheet with `onload="this.media='all'"` (critical-CSS
 * inlining). CSP blocks inline handlers unless their hash is listed with 'unsafe-hashes'; this is
 * the SHA-256 of exactly that handler, so nothing else inline may run.
 */
export const ANGULAR_STYLESHEET_ONLOAD_HASH =
  "'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='";

/** Security headers for the API and the web app it serves (helmet). */
export function helmetOptions(config: AppConfig): HelmetOptions {
  const https = config.publicUrl.startsWith('https:');
  return {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'script-src-attr': ["'unsafe-hashes'", ANGULAR_STYLESHEET_ONLOAD_HASH],
        'connect-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'frame-ancestors': ["'none'"],
        // On a plain-http intranet install, upgrading subresources to https would break the app.
        'upgrade-insecure-requests': https ? [] : null,
      },
    },
    // HSTS only where the public URL is https; on http it would lock browsers out.
    strictTransportSecurity: https ? { maxAge: 15_552_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
  };
}

/**
 * CORS from CORS_ORIGINS. Unset means same-origin only: the web app is served by the API itself,
 * so browsers need no CORS at all, and other sites' pages get no access.
 */
export function corsOptions(config: AppConfig): CorsOptions | null {
  if (config.corsOrigins.length === 0) return null;
  return {
    origin: config.corsOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'accept-language',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    exposedHeaders: ['x-request-id', 'retry-after'],
    credentials: false,
    maxAge: 600,
  };
}

import type { AttemptLimiter, AttemptPolicy } from '@lms/server/core';

/** Requests per IP and minute to the public certificate endpoints (verification, PDF, badge). */
export const DEFAULT_CERTIFICATE_REQUESTS_PER_MINUTE = 120;

function perMinute(): number {
  const configured = Number(process.env['CERTIFICATE_RATE_LIMIT_PER_MINUTE']);
  return Number.isInteger(configured) && configured > 0
    ? configured
    : DEFAULT_CERTIFICATE_REQUESTS_PER_MINUTE;
}

export function verifyRatePolicy(): AttemptPolicy {
  return { name: 'certificate-verify', limit: perMinute(), windowSeconds: 60 };
}

export function downloadRatePolicy(): AttemptPolicy {
  return { name: 'certificate-download', limit: perMinute(), windowSeconds: 60 };
}

/**
 * Counts every request (not only failures) in Redis through the shared AttemptLimiter, so all API
 * processes share one budget per IP; codes are too long to guess, this stops bulk scraping.
 */
export async function countRequest(
  limiter: AttemptLimiter,
  policy: AttemptPolicy,
  ip: string | undefined,
): Promise<void> {
  const subject = ip || 'unknown';
  await limiter.assertAllowed(policy, [subject]);
  await limiter.recordFailure(policy, [subject]);
}

import type { AttemptLimiter, AttemptPolicy } from '@lms/server/core';

/** Requests per IP and minute to the public certificate endpoints (verification, PDF, badge). */
export const CERTIFICATE_REQUESTS_PER_MINUTE = Number(
  process.env['CERTIFICATE_RATE_LIMIT_PER_MINUTE'] ?? 120,
);

export const VERIFY_RATE_POLICY: AttemptPolicy = {
  name: 'certificate-verify',
  limit: CERTIFICATE_REQUESTS_PER_MINUTE,
  windowSeconds: 60,
};

export const DOWNLOAD_RATE_POLICY: AttemptPolicy = {
  name: 'certificate-download',
  limit: CERTIFICATE_REQUESTS_PER_MINUTE,
  windowSeconds: 60,
};

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

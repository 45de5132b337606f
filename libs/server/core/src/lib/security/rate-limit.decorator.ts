import { SetMetadata } from '@nestjs/common';

export const RATE_LIMITED_KEY = 'lms:rate-limited';

/**
 * Puts a route or resolver under the strict per-IP limit of the public routes
 * (PUBLIC_RATE_LIMIT_PER_MINUTE): login, certificate verification and PDF downloads. Every route
 * also counts against the general per-IP limit (RATE_LIMIT_PER_MINUTE).
 */
export const RateLimited = () => SetMetadata(RATE_LIMITED_KEY, true);

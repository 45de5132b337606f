import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ExecutionContext, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Redis } from 'ioredis';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { REDIS } from '../redis/redis.module';
import { RATE_LIMITED_KEY } from './rate-limit.decorator';
import { RequestThrottlerGuard } from './request-throttler.guard';

const MINUTE_MS = 60_000;

function isRateLimited(context: ExecutionContext): boolean {
  return [context.getHandler(), context.getClass()].some(
    (target) => Reflect.getMetadata(RATE_LIMITED_KEY, target) === true,
  );
}

/**
 * Per-IP request limits kept in Redis, so they hold across every API process: a general one on
 * every route and resolver, and a strict one on the routes marked @RateLimited().
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => ({
        throttlers: [
          {
            name: 'per-ip',
            ttl: MINUTE_MS,
            limit: config.rateLimit.perMinute,
            // One counter per IP over every route (the library's default counts per route).
            generateKey: (_context: ExecutionContext, tracker: string) => `ip:${tracker}`,
          },
          // Per route and IP: verifying certificates does not use up a person's logins.
          {
            name: 'public',
            ttl: MINUTE_MS,
            limit: config.rateLimit.publicPerMinute,
            skipIf: (context: ExecutionContext) => !isRateLimited(context),
          },
        ],
        // The shared connection carries REDIS_PREFIX, so deployments sharing a Redis do not mix.
        storage: new ThrottlerStorageRedisService(redis),
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RequestThrottlerGuard }],
})
export class SecurityModule {}

import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';

import { TooManyRequestsError } from '../errors/domain-error';
import { REDIS } from '../redis/redis.module';

export interface AttemptPolicy {
  /** Namespace of the counters, e.g. `login`. */
  name: string;
  /** Failures allowed per key inside the window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Counts failures in Redis, so that every API process sees the same counters: an attacker gains
 * nothing by spreading attempts over several processes or machines.
 */
@Injectable()
export class AttemptLimiter {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  private key(policy: AttemptPolicy, subject: string): string {
    return `attempts:${policy.name}:${subject.toLowerCase()}`;
  }

  /** Throws TooManyRequestsError when any subject has used up its failures. */
  async assertAllowed(policy: AttemptPolicy, subjects: string[]): Promise<void> {
    for (const subject of subjects) {
      const key = this.key(policy, subject);
      const [count, ttl] = await Promise.all([this.redis.get(key), this.redis.ttl(key)]);
      if (Number(count ?? 0) >= policy.limit) {
        throw new TooManyRequestsError(ttl > 0 ? ttl : policy.windowSeconds);
      }
    }
  }

  async recordFailure(policy: AttemptPolicy, subjects: string[]): Promise<void> {
    const multi = this.redis.multi();
    for (const subject of subjects) {
      const key = this.key(policy, subject);
      multi.incr(key);
      // NX: the window starts with the first failure and is not extended by later ones.
      multi.expire(key, policy.windowSeconds, 'NX');
    }
    await multi.exec();
  }

  async reset(policy: AttemptPolicy, subject: string): Promise<void> {
    await this.redis.del(this.key(policy, subject));
  }
}

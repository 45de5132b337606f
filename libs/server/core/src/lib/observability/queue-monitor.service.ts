import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { QUEUES } from '../queue/queues';

export interface QueueDepth {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/**
 * Read-side handles on every queue of QUEUES, for readiness (queue depth) and the dashboard. They
 * only inspect and manage jobs; producers and the worker keep their own BullMQ connections.
 */
@Injectable()
export class QueueMonitor implements OnApplicationShutdown {
  private readonly connection: Redis;
  readonly queues: Queue[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // BullMQ refuses a connection with a keyPrefix: it prefixes keys itself (REDIS_PREFIX:bull).
    this.connection = new Redis(config.redisUrl, {
      maxRetriesPerRequest: 1,
      lazyConnect: true,
      enableOfflineQueue: true,
    });
    this.queues = Object.values(QUEUES).map(
      (name) =>
        new Queue(name, { connection: this.connection, prefix: `${config.redisPrefix}:bull` }),
    );
  }

  async depths(): Promise<Record<string, QueueDepth>> {
    const entries = await Promise.all(
      this.queues.map(async (queue) => {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
        const depth: QueueDepth = {
          waiting: counts['waiting'] ?? 0,
          active: counts['active'] ?? 0,
          delayed: counts['delayed'] ?? 0,
          failed: counts['failed'] ?? 0,
        };
        return [queue.name, depth] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.queues.map((q) => q.close()));
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}

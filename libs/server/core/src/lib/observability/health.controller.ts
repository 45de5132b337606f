import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

import { Public } from '../auth/auth.decorators';
import { REDIS } from '../redis/redis.module';
import { QueueDepth, QueueMonitor } from './queue-monitor.service';
import { ShutdownState } from './shutdown-state';

const CHECK_TIMEOUT_MS = 2000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * `/health/live`: the process runs (restart it if not). `/health`: ready for traffic — PostgreSQL
 * and Redis answer and the process is not stopping — with the depth of every queue for operators.
 * Both are public, unthrottled, and reveal nothing but up/down and counts.
 */
@Controller('health')
@Public()
@SkipThrottle({ 'per-ip': true, public: true })
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly queues: QueueMonitor,
    private readonly shutdown: ShutdownState,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get()
  async ready(@Res() res: Response): Promise<void> {
    const [database, redis, queues] = await Promise.all([
      within(CHECK_TIMEOUT_MS, this.dataSource.query('SELECT 1')).then(
        () => 'ok' as const,
        () => 'down' as const,
      ),
      within(CHECK_TIMEOUT_MS, this.redis.ping()).then(
        () => 'ok' as const,
        () => 'down' as const,
      ),
      within(CHECK_TIMEOUT_MS, this.queues.depths()).catch(
        () => null as Record<string, QueueDepth> | null,
      ),
    ]);
    const draining = this.shutdown.draining;
    const ok = database === 'ok' && redis === 'ok' && !draining;
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ok ? 'ok' : draining ? 'draining' : 'unavailable',
      database,
      redis,
      queues,
    });
  }
}

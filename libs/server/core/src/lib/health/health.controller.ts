import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

import { Public } from '../auth/auth.decorators';
import { REDIS } from '../redis/redis.module';

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms)),
  ]);
}

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Public()
  @Get()
  async check(@Res() res: Response): Promise<void> {
    const [database, redis] = await Promise.all([
      within(2000, this.dataSource.query('SELECT 1')).then(
        () => 'ok',
        () => 'down',
      ),
      within(2000, this.redis.ping()).then(
        () => 'ok',
        () => 'down',
      ),
    ]);
    const ok = database === 'ok' && redis === 'ok';
    res
      .status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: ok ? 'ok' : 'unavailable', database, redis });
  }
}

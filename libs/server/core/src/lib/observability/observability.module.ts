import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';

import { AdminSessionController } from './admin-session.controller';
import { AdminSessionService } from './admin-session.service';
import { HealthController } from './health.controller';
import { QueueMonitor } from './queue-monitor.service';
import { RequestContextMiddleware } from './request-context';
import { ShutdownState } from './shutdown-state';

/** Health, request context, the queue dashboard's access and the shutdown state of the API. */
@Module({
  controllers: [HealthController, AdminSessionController],
  providers: [QueueMonitor, ShutdownState, AdminSessionService],
  exports: [QueueMonitor, ShutdownState, AdminSessionService],
})
export class ObservabilityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(RequestContextMiddleware)
      .forRoutes({ path: '{*splat}', method: RequestMethod.ALL });
  }
}

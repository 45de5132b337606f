import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { LoggingModule } from '../logging/logging.module';
import { SecurityModule } from '../security/security.module';
import { ObservabilityModule } from './observability.module';

/**
 * What the API needs to run in production, as one import: structured logs with request ids,
 * per-IP limits in Redis, health and the queue dashboard's access, and the audit trail.
 */
@Module({
  imports: [LoggingModule.forRoot('api'), SecurityModule, ObservabilityModule, AuditModule],
  exports: [ObservabilityModule],
})
export class ApiPlatformModule {}

import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import type { DatabaseParts } from '../database/database-parts';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditEvent } from './audit-event.entity';
import { CreateAuditEvents1764900000000 } from './migrations/1764900000000-CreateAuditEvents';

export const AUDIT_DATABASE: DatabaseParts = {
  entities: [AuditEvent],
  migrations: [CreateAuditEvents1764900000000],
};

/** Global so that every area can inject AuditService without importing this module. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}

import { Role } from '@lms/shared/domain';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { RequiresRole } from '../auth/auth.decorators';
import { Connection, ConnectionShape } from '../graphql/connection';
import { AuditService } from './audit.service';
import { AuditEvent } from './audit-event.entity';
import { AuditEventsArgs } from './dtos/audit-events.args';

const AuditEventConnection = Connection(AuditEvent, 'AuditEvent');

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first (ADMIN)' })
  @RequiresRole(Role.ADMIN)
  auditEvents(@Args() args: AuditEventsArgs): Promise<ConnectionShape<AuditEvent>> {
    return this.audit.list(args.filter ?? undefined, args.first, args.after);
  }

  @ResolveField(() => String, { description: 'What changed, as a JSON object' })
  summary(@Parent() event: AuditEvent): string {
    return JSON.stringify(event.summary ?? {});
  }
}

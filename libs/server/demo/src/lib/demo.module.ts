import { IdentityModule } from '@lms/server/identity';
import { OrganizationModule } from '@lms/server/organization';
import { Module } from '@nestjs/common';

import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [OrganizationModule, IdentityModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}

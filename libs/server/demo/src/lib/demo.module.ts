import { IdentityModule } from '@lms/server/identity';
import { LearningModule } from '@lms/server/learning';
import { OrganizationModule } from '@lms/server/organization';
import { Module } from '@nestjs/common';

import { DemoLearningService } from './demo-learning.service';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [OrganizationModule, IdentityModule, LearningModule],
  providers: [DemoSeedService, DemoLearningService],
  exports: [DemoSeedService],
})
export class DemoModule {}

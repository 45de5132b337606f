import { CertificationModule } from '@lms/server/certification';
import { IdentityModule } from '@lms/server/identity';
import { LearningModule } from '@lms/server/learning';
import { OrganizationModule } from '@lms/server/organization';
import { TrainingModule } from '@lms/server/training';
import { Module } from '@nestjs/common';

import { DemoAssessmentsService } from './demo-assessments.service';
import { DemoLearningService } from './demo-learning.service';
import { DemoSeedService } from './demo-seed.service';
import { DemoTrainingsService } from './demo-trainings.service';
import { PopulationGenerator } from './generator/population-generator.service';

@Module({
  imports: [
    OrganizationModule,
    IdentityModule,
    LearningModule,
    TrainingModule,
    CertificationModule,
  ],
  providers: [
    DemoSeedService,
    DemoLearningService,
    DemoAssessmentsService,
    DemoTrainingsService,
    PopulationGenerator,
  ],
  exports: [DemoSeedService, PopulationGenerator],
})
export class DemoModule {}

import type { DatabaseParts } from '@lms/server/core';
import { IdentityModule } from '@lms/server/identity';
import { LearningModule } from '@lms/server/learning';
import { OrganizationModule } from '@lms/server/organization';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Attendance } from './attendance/attendance.entity';
import { AttendanceResolver } from './attendance/attendance.resolver';
import { AttendanceService } from './attendance/attendance.service';
import { AttendanceAudit } from './attendance/attendance-audit.entity';
import { CompletionResolver } from './completion/completion.resolver';
import { CompletionService } from './completion/completion.service';
import { Enrollment } from './enrollments/enrollment.entity';
import { EnrollmentResolver } from './enrollments/enrollment.resolver';
import { EnrollmentService } from './enrollments/enrollment.service';
import { EnrollmentFieldsResolver } from './enrollments/enrollment-fields.resolver';
import { EnrollmentQueries } from './enrollments/enrollment-queries.service';
import { LockedEnrollmentChange } from './enrollments/locked-enrollment-change';
import { NomineeResolver } from './enrollments/nominee-resolver';
import { RosterService } from './enrollments/roster.service';
import { SeatAllocator } from './enrollments/seat-allocator';
import { TrainingSeatsService } from './enrollments/training-seats.service';
import { CreateTraining1764500000000 } from './migrations/1764500000000-CreateTraining';
import { AddLockTrainingFunction1764500100000 } from './migrations/1764500100000-AddLockTrainingFunction';
import { AddNoticeEmail1764500200000 } from './migrations/1764500200000-AddNoticeEmail';
import { Notification } from './notifications/notification.entity';
import { NotificationResolver } from './notifications/notification.resolver';
import { NotificationService } from './notifications/notification.service';
import { AgencyQuota } from './trainings/agency-quota.entity';
import { InstructorBooking } from './trainings/instructor-booking';
import { Training } from './trainings/training.entity';
import { TrainingResolver } from './trainings/training.resolver';
import { TrainingService } from './trainings/training.service';
import { AgencyQuotaResolver, TrainingFieldsResolver } from './trainings/training-fields.resolver';
import { TrainingInstructor } from './trainings/training-instructor.entity';
import { TrainingSession } from './trainings/training-session.entity';

const ENTITIES = [
  Training,
  TrainingSession,
  TrainingInstructor,
  AgencyQuota,
  Enrollment,
  Attendance,
  AttendanceAudit,
  Notification,
];

export const TRAINING_DATABASE: DatabaseParts = {
  entities: ENTITIES,
  migrations: [
    CreateTraining1764500000000,
    AddLockTrainingFunction1764500100000,
    AddNoticeEmail1764500200000,
  ],
};

@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES), OrganizationModule, IdentityModule, LearningModule],
  providers: [
    TrainingService,
    InstructorBooking,
    SeatAllocator,
    NomineeResolver,
    LockedEnrollmentChange,
    EnrollmentService,
    EnrollmentQueries,
    TrainingSeatsService,
    RosterService,
    AttendanceService,
    CompletionService,
    NotificationService,
    TrainingResolver,
    TrainingFieldsResolver,
    AgencyQuotaResolver,
    EnrollmentResolver,
    EnrollmentFieldsResolver,
    AttendanceResolver,
    CompletionResolver,
    NotificationResolver,
  ],
  exports: [
    TrainingService,
    EnrollmentService,
    AttendanceService,
    CompletionService,
    NotificationService,
  ],
})
export class TrainingModule {}

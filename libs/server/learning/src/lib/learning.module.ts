import type { DatabaseParts } from '@lms/server/core';
import { OrganizationModule } from '@lms/server/organization';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Competency } from './competencies/competency.entity';
import { CompetencyLevel } from './competencies/competency-level.entity';
import { Course } from './courses/course.entity';
import { CourseResolver } from './courses/course.resolver';
import { CourseService } from './courses/course.service';
import { LearningRecord } from './ledger/learning-record.entity';
import { LearningRecordService } from './ledger/learning-record.service';
import { CreateCourses1764400000000 } from './migrations/1764400000000-CreateCourses';

const ENTITIES = [CompetencyLevel, Competency, Course, LearningRecord];

export const LEARNING_DATABASE: DatabaseParts = {
  entities: ENTITIES,
  migrations: [CreateCourses1764400000000],
};

@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES), OrganizationModule],
  providers: [CourseService, LearningRecordService, CourseResolver],
  exports: [CourseService, LearningRecordService],
})
export class LearningModule {}

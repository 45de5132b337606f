import type { DatabaseParts } from '@lms/server/core';
import { OrganizationModule } from '@lms/server/organization';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Assessment } from './assessments/assessment.entity';
import { AssessmentService } from './assessments/assessment.service';
import { AssessmentAttempt } from './assessments/assessment-attempt.entity';
import { AttemptItem, Question, QuestionOption } from './assessments/question.entity';
import { Competency } from './competencies/competency.entity';
import { CompetencyLevel } from './competencies/competency-level.entity';
import { Course } from './courses/course.entity';
import { CourseResolver } from './courses/course.resolver';
import { CourseService } from './courses/course.service';
import { LearningRecord } from './ledger/learning-record.entity';
import { LearningRecordService } from './ledger/learning-record.service';
import { CreateCourses1764400000000 } from './migrations/1764400000000-CreateCourses';
import { CreateAssessments1764400200000 } from './migrations/1764400200000-CreateAssessments';

const ENTITIES = [
  CompetencyLevel,
  Competency,
  Course,
  LearningRecord,
  Question,
  QuestionOption,
  Assessment,
  AssessmentAttempt,
  AttemptItem,
];

export const LEARNING_DATABASE: DatabaseParts = {
  entities: ENTITIES,
  migrations: [CreateCourses1764400000000, CreateAssessments1764400200000],
};

@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES), OrganizationModule],
  providers: [CourseService, LearningRecordService, AssessmentService, CourseResolver],
  exports: [CourseService, LearningRecordService, AssessmentService],
})
export class LearningModule {}

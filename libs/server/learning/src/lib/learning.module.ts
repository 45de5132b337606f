import { join } from 'node:path';

import { APP_CONFIG, AppConfig, type DatabaseParts } from '@lms/server/core';
import { OrganizationModule } from '@lms/server/organization';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Assessment } from './assessments/assessment.entity';
import { AssessmentService } from './assessments/assessment.service';
import { AssessmentAttempt } from './assessments/assessment-attempt.entity';
import { AssessmentSettingsService } from './assessments/assessment-settings.service';
import { AttemptResolver } from './assessments/attempt.resolver';
import { AttemptService } from './assessments/attempt.service';
import { AttemptViews } from './assessments/attempt-views';
import { GainResolver } from './assessments/gain.resolver';
import { GainService } from './assessments/gain.service';
import { AttemptItem, Question, QuestionOption } from './assessments/question.entity';
import { QuestionBankResolver } from './assessments/question-bank.resolver';
import { QuestionBankService } from './assessments/question-bank.service';
import { Competency } from './competencies/competency.entity';
import { CompetencyResolver } from './competencies/competency.resolver';
import { CompetencyService } from './competencies/competency.service';
import { CompetencyLevel } from './competencies/competency-level.entity';
import { CourseContentResolver } from './content/course-content.resolver';
import { CourseContentService } from './content/course-content.service';
import { CourseModule } from './content/course-module.entity';
import { CourseModuleResolver } from './content/course-module.resolver';
import { LearningFileController } from './content/learning-file.controller';
import { LearningFile } from './content/learning-file.entity';
import { LearningFileService } from './content/learning-file.service';
import { Lesson } from './content/lesson.entity';
import { LessonResolver } from './content/lesson.resolver';
import { CatalogService } from './courses/catalog.service';
import { Course } from './courses/course.entity';
import { CourseResolver } from './courses/course.resolver';
import { CourseService } from './courses/course.service';
import { CourseStatusService } from './courses/course-status.service';
import { CompletionService } from './enrolments/completion.service';
import { CourseEnrolment, LessonProgress } from './enrolments/course-enrolment.entity';
import { EnrolmentService } from './enrolments/enrolment.service';
import { LearnerResolver } from './enrolments/learner.resolver';
import { LearningRecord } from './ledger/learning-record.entity';
import { LearningRecordService } from './ledger/learning-record.service';
import { CreateCourses1764400000000 } from './migrations/1764400000000-CreateCourses';
import { SeedCompetencyModel1764400100000 } from './migrations/1764400100000-SeedCompetencyModel';
import { CreateAssessments1764400200000 } from './migrations/1764400200000-CreateAssessments';
import { CreateCourseContent1764400300000 } from './migrations/1764400300000-CreateCourseContent';
import { LEARNING_FILE_STORAGE } from './storage/file-storage';
import { LocalFileStorage } from './storage/local-file-storage';

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
  LearningFile,
  CourseModule,
  Lesson,
  CourseEnrolment,
  LessonProgress,
];

export const LEARNING_DATABASE: DatabaseParts = {
  entities: ENTITIES,
  migrations: [
    CreateCourses1764400000000,
    SeedCompetencyModel1764400100000,
    CreateAssessments1764400200000,
    CreateCourseContent1764400300000,
  ],
};

@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES), OrganizationModule],
  controllers: [LearningFileController],
  providers: [
    {
      provide: LEARNING_FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new LocalFileStorage(join(config.dataDir, 'learning-files')),
    },
    CourseService,
    CourseStatusService,
    CatalogService,
    CompetencyService,
    CourseContentService,
    LearningFileService,
    LearningRecordService,
    QuestionBankService,
    AssessmentSettingsService,
    AttemptViews,
    AttemptService,
    AssessmentService,
    GainService,
    CompletionService,
    EnrolmentService,
    CourseResolver,
    CompetencyResolver,
    CourseContentResolver,
    LessonResolver,
    CourseModuleResolver,
    QuestionBankResolver,
    AttemptResolver,
    GainResolver,
    LearnerResolver,
  ],
  exports: [
    CourseService,
    LearningRecordService,
    AssessmentService,
    CompetencyService,
    // For the demo seed, which builds its courses through the same rules as the editor and has
    // its learners take them through the learner's own path.
    CourseContentService,
    EnrolmentService,
    AttemptService,
    QuestionBankService,
    AssessmentSettingsService,
    CourseStatusService,
  ],
})
export class LearningModule {}

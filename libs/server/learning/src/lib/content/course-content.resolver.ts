import { AccessScope, RequiresRole, Scope } from '@lms/server/core';
import { Role } from '@lms/shared/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CourseContentService } from './course-content.service';
import { CourseModule } from './course-module.entity';
import { LessonInput } from './dtos/lesson.input';
import { ModuleInput } from './dtos/module.input';
import { UploadLearningFileInput } from './dtos/upload-file.input';
import { LearningFile } from './learning-file.entity';
import { LearningFileService } from './learning-file.service';
import { Lesson } from './lesson.entity';

/** The course editor: modules, lessons and files. Only the owner region's organizers and ADMIN. */
@Resolver()
@RequiresRole(Role.ADMIN, Role.ORGANIZER)
export class CourseContentResolver {
  constructor(
    private readonly content: CourseContentService,
    private readonly files: LearningFileService,
  ) {}

  @Mutation(() => CourseModule)
  addCourseModule(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('input') input: ModuleInput,
    @Scope() scope: AccessScope,
  ): Promise<CourseModule> {
    return this.content.addModule(courseId, input, scope);
  }

  @Mutation(() => CourseModule, { description: 'Renames or moves (position) a module' })
  updateCourseModule(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ModuleInput,
    @Scope() scope: AccessScope,
  ): Promise<CourseModule> {
    return this.content.updateModule(id, input, scope);
  }

  @Mutation(() => Boolean, { description: 'Removes a module and its lessons' })
  removeCourseModule(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: AccessScope,
  ): Promise<boolean> {
    return this.content.removeModule(id, scope);
  }

  @Mutation(() => Lesson)
  addLesson(
    @Args('moduleId', { type: () => ID }) moduleId: string,
    @Args('input') input: LessonInput,
    @Scope() scope: AccessScope,
  ): Promise<Lesson> {
    return this.content.addLesson(moduleId, input, scope);
  }

  @Mutation(() => Lesson, {
    description: 'Replaces a lesson’s content (and moves it with position)',
  })
  updateLesson(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: LessonInput,
    @Scope() scope: AccessScope,
  ): Promise<Lesson> {
    return this.content.updateLesson(id, input, scope);
  }

  @Mutation(() => Boolean)
  removeLesson(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: AccessScope,
  ): Promise<boolean> {
    return this.content.removeLesson(id, scope);
  }

  @Mutation(() => LearningFile, {
    description: 'Uploads a handout (base64, at most 10 MB) for FILE lessons',
  })
  uploadLearningFile(
    @Args('input') input: UploadLearningFileInput,
    @Scope() scope: AccessScope,
  ): Promise<LearningFile> {
    return this.files.upload(input, scope);
  }

  @Query(() => [LearningFile], { description: 'Files uploaded to a course' })
  async courseFiles(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Scope() scope: AccessScope,
  ): Promise<LearningFile[]> {
    return this.files.listForEditor(courseId, scope);
  }
}

import { byKeys, GraphqlContext } from '@lms/server/core';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { LearningFile } from './learning-file.entity';
import { LearningFileService } from './learning-file.service';
import { Lesson } from './lesson.entity';

/** Fields of a lesson, for whoever could load the lesson's course. */
@Resolver(() => Lesson)
export class LessonResolver {
  constructor(private readonly files: LearningFileService) {}

  @ResolveField(() => LearningFile, { nullable: true })
  async file(
    @Parent() lesson: Lesson,
    @Context() ctx: GraphqlContext,
  ): Promise<LearningFile | null> {
    if (!lesson.fileId) return null;
    return ctx.loaders
      .get<string, LearningFile>('learningFileById', async (ids) =>
        byKeys(ids, await this.files.findByIds(ids), (f) => f.id),
      )
      .load(lesson.fileId);
  }
}

import { GraphqlContext } from '@lms/server/core';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import { CourseModule } from './course-module.entity';
import { Lesson } from './lesson.entity';

/**
 * A module's lessons: taken from the outline when it loaded them, else batched per request, so
 * the editor's module mutations can answer with lessons too.
 */
@Resolver(() => CourseModule)
export class CourseModuleResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [Lesson])
  lessons(@Parent() module: CourseModule, @Context() ctx: GraphqlContext): Promise<Lesson[]> {
    if (module.lessons) return Promise.resolve(module.lessons);
    return ctx.loaders
      .get<string, Lesson[]>('lessonsByModuleId', async (moduleIds) => {
        const lessons = await this.dataSource.getRepository(Lesson).find({
          where: { moduleId: In([...moduleIds]) },
          order: { position: 'ASC', id: 'ASC' },
        });
        return moduleIds.map((id) => lessons.filter((l) => l.moduleId === id));
      })
      .load(module.id);
  }
}

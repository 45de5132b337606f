import { AccessScope, ConnectionShape, decodeCursor, toConnection } from '@lms/server/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { CourseStatus } from '../common/learning-enums';
import { Course } from './course.entity';
import { applyCourseVisibility } from './course-visibility';
import { CatalogArgs } from './dtos/catalog.args';

/** The course catalog: PUBLISHED courses of the caller's region and shared ones, by title. */
@Injectable()
export class CatalogService {
  constructor(@InjectRepository(Course) private readonly courses: Repository<Course>) {}

  async search(args: CatalogArgs, scope: AccessScope): Promise<ConnectionShape<Course>> {
    const qb = applyCourseVisibility(this.courses.createQueryBuilder('c'), scope).andWhere(
      'c.status = :published',
      {
        published: CourseStatus.PUBLISHED,
      },
    );
    const search = args.search?.trim();
    if (search) {
      const escaped = search.replace(/[\\%_]/g, (ch) => `\\${ch}`);
      qb.andWhere('(c.title ILIKE :q OR c.code ILIKE :q OR c.description ILIKE :q)', {
        q: `%${escaped}%`,
      });
    }
    if (args.competency) qb.andWhere('c.competency = :competency', { competency: args.competency });
    if (args.competencyId)
      qb.andWhere('c.competency_id = :competencyId', { competencyId: args.competencyId });
    if (args.level != null) qb.andWhere('c.level = :level', { level: args.level });
    if (args.delivery) qb.andWhere('c.delivery = :delivery', { delivery: args.delivery });
    if (args.digital != null) qb.andWhere('c.digital = :digital', { digital: args.digital });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [title, id] = decodeCursor(args.after, 2);
      qb.andWhere('(c.title, c.id) > (:afterTitle, :afterId)', { afterTitle: title, afterId: id });
    }
    const rows = await qb
      .orderBy('c.title', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, totalCount, (c) => [c.title, c.id]);
  }
}

import {
  AccessScope,
  AuditService,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '@lms/server/core';
import { RegionService } from '@lms/server/organization';
import { isValidJp, MAX_JP, Role } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, Repository } from 'typeorm';

import { CompetencyType, CourseDelivery, CourseStatus } from '../common/learning-enums';
import { Competency } from '../competencies/competency.entity';
import { Course } from './course.entity';
import { applyCourseVisibility } from './course-visibility';
import { CreateCourseInput } from './dtos/create-course.input';
import { UpdateCourseInput } from './dtos/update-course.input';

export function assertValidJp(jp: number, field = 'jp'): void {
  if (!isValidJp(jp)) {
    throw new InvalidInputError(
      field,
      `${field}: must be more than 0 and at most ${MAX_JP}, with at most 2 decimals`,
    );
  }
}

@Injectable()
export class CourseService {
  constructor(
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateCourseInput, scope: AccessScope): Promise<Course> {
    scope.assertRole(Role.ADMIN, Role.ORGANIZER);
    let regionId: string;
    if (scope.regionId) {
      if (input.regionId && input.regionId !== scope.regionId) {
        throw new ForbiddenError('Organizers create courses in their own region only');
      }
      regionId = scope.regionId;
    } else if (input.regionId) {
      regionId = (await this.regions.get(input.regionId, scope, 'regionId')).id;
    } else {
      throw new InvalidInputError(
        'regionId',
        'regionId: is required when an ADMIN creates a course',
      );
    }
    assertValidJp(input.jp);
    const code = input.code.trim();
    await this.assertCompetency(input.competencyId ?? null, input.competency, regionId);
    if (await this.codeTaken(code)) {
      throw new ConflictError('code', `code: a course with code ${code} already exists`);
    }
    return this.dataSource.transaction(async (m) => {
      const course = await m.save(
        m.create(Course, {
          regionId,
          code,
          title: input.title.trim(),
          description: input.description?.trim() || null,
          competency: input.competency,
          competencyId: input.competencyId ?? null,
          level: input.level ?? null,
          digital: input.digital,
          jp: input.jp,
          delivery: input.delivery ?? CourseDelivery.ONLINE,
          shared: input.shared ?? false,
          status: CourseStatus.DRAFT,
        }),
      );
      await this.audit.record(m, {
        action: 'createCourse',
        entityType: 'Course',
        entityId: course.id,
        regionId,
        summary: { code, title: course.title, jp: course.jp, delivery: course.delivery },
      });
      return course;
    });
  }

  update(id: string, input: UpdateCourseInput, scope: AccessScope): Promise<Course> {
    return this.dataSource.transaction(async (m) => {
      const course = await this.getEditable(id, scope, 'id', m);
      if (input.jp != null) assertValidJp(input.jp);
      const competency = input.competency ?? course.competency;
      const competencyId =
        input.competencyId !== undefined
          ? input.competencyId
          : input.competency && input.competency !== course.competency
            ? null
            : course.competencyId;
      await this.assertCompetency(competencyId, competency, course.regionId);
      const before = { ...course };
      Object.assign(course, {
        title: input.title?.trim() ?? course.title,
        description:
          input.description !== undefined ? input.description?.trim() || null : course.description,
        competency,
        competencyId,
        level: input.level !== undefined ? input.level : course.level,
        digital: input.digital ?? course.digital,
        jp: input.jp ?? course.jp,
        delivery: input.delivery ?? course.delivery,
        shared: input.shared ?? course.shared,
      });
      const saved = await m.save(course);
      await this.audit.record(m, {
        action: 'updateCourse',
        entityType: 'Course',
        entityId: course.id,
        regionId: course.regionId,
        summary: { code: course.code, changes: courseChanges(before, course) },
      });
      return saved;
    });
  }

  /** A course the scope may see (own region or shared; learners: published only), else NOT_FOUND. */
  async getForScope(id: string, scope: AccessScope, field = 'id'): Promise<Course> {
    const course = isUUID(id)
      ? await applyCourseVisibility(this.courses.createQueryBuilder('c'), scope)
          .andWhere('c.id = :id', { id })
          .getOne()
      : null;
    if (!course) throw new NotFoundError('Course', field);
    return course;
  }

  /**
   * A course the scope may change: ADMIN any, an ORGANIZER their own region's. A shared course of
   * another region is visible but not editable (FORBIDDEN); an invisible one is NOT_FOUND.
   */
  async getEditable(
    id: string,
    scope: AccessScope,
    field = 'id',
    manager?: EntityManager,
  ): Promise<Course> {
    scope.assertRole(Role.ADMIN, Role.ORGANIZER);
    const course = await this.getForScope(id, scope, field);
    if (!scope.canReachRegion(course.regionId)) {
      throw new ForbiddenError('Only organizers of the owner region edit this course');
    }
    if (manager) {
      // Re-read under a row lock so concurrent edits of one course (publishing, adding lessons) serialise.
      const locked = await manager
        .getRepository(Course)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id })
        .getOne();
      if (!locked) throw new NotFoundError('Course', field);
      return locked;
    }
    return course;
  }

  /** Unscoped, for DataLoaders and other areas that already hold a scoped parent. */
  findByIds(ids: readonly string[]): Promise<Course[]> {
    return this.courses.findBy({ id: In([...ids]) });
  }

  /** Courses the staff scope may see, newest first; filters mirror the learner catalog. */
  listForStaff(
    scope: AccessScope,
    filter: { status?: CourseStatus | null; search?: string | null },
  ): Promise<Course[]> {
    const qb = applyCourseVisibility(this.courses.createQueryBuilder('c'), scope);
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    const search = filter.search?.trim();
    if (search) {
      const escaped = search.replace(/[\\%_]/g, (ch) => `\\${ch}`);
      qb.andWhere('(c.title ILIKE :q OR c.code ILIKE :q)', { q: `%${escaped}%` });
    }
    return qb.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'ASC').take(500).getMany();
  }

  private async codeTaken(code: string): Promise<boolean> {
    return this.courses
      .createQueryBuilder('c')
      .where('lower(c.code) = lower(:code)', { code })
      .getExists();
  }

  /** The specific competency must exist, be of the course's type, and be national or the region's own. */
  private async assertCompetency(
    competencyId: string | null,
    type: CompetencyType,
    regionId: string,
  ): Promise<void> {
    if (!competencyId) return;
    const competency = await this.dataSource
      .getRepository(Competency)
      .findOneBy({ id: competencyId });
    if (!competency || (competency.regionId !== null && competency.regionId !== regionId)) {
      throw new InvalidInputError(
        'competencyId',
        'competencyId: no such competency in this region',
      );
    }
    if (competency.type !== type) {
      throw new InvalidInputError(
        'competencyId',
        `competencyId: ${competency.code} is a ${competency.type} competency, not ${type}`,
      );
    }
  }
}

const AUDITED_FIELDS = [
  'title',
  'competency',
  'competencyId',
  'level',
  'digital',
  'jp',
  'delivery',
  'shared',
] as const;

/** The fields an update changed, as `[before, after]`; the description only as changed or not. */
function courseChanges(before: Course, after: Course): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of AUDITED_FIELDS) {
    if (before[field] !== after[field]) changes[field] = [before[field], after[field]];
  }
  if (before.description !== after.description) changes['description'] = 'changed';
  return changes;
}

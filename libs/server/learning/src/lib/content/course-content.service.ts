import { AccessScope, AuditService, InvalidInputError, NotFoundError } from '@lms/server/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';

import { CourseStatus, LessonKind } from '../common/learning-enums';
import { Course } from '../courses/course.entity';
import { CourseService } from '../courses/course.service';
import { CourseModule } from './course-module.entity';
import { LessonInput } from './dtos/lesson.input';
import { ModuleInput } from './dtos/module.input';
import { LearningFileService } from './learning-file.service';
import { Lesson } from './lesson.entity';
import { sanitizeRichText } from './rich-text';

const KIND_FIELD: Record<LessonKind, keyof LessonInput> = {
  TEXT: 'body',
  VIDEO: 'videoUrl',
  FILE: 'fileId',
  LINK: 'externalUrl',
};

/** Modules and lessons of a course, in order. Every change locks the course row (one editor at a time). */
@Injectable()
export class CourseContentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CourseService,
    private readonly files: LearningFileService,
    private readonly audit: AuditService,
  ) {}

  /** The outline of a course the scope may see. */
  async outline(courseId: string, scope: AccessScope): Promise<CourseModule[]> {
    const course = await this.courses.getForScope(courseId, scope, 'courseId');
    return this.outlineOf(course.id);
  }

  async outlineOf(
    courseId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CourseModule[]> {
    const modules = await manager.find(CourseModule, {
      where: { courseId },
      order: { position: 'ASC', id: 'ASC' },
    });
    const lessons = await manager.find(Lesson, {
      where: { courseId },
      order: { position: 'ASC', id: 'ASC' },
    });
    for (const m of modules) m.lessons = lessons.filter((l) => l.moduleId === m.id);
    return modules;
  }

  /** Lesson counts per course id, in the order asked (a DataLoader batch). */
  async lessonCounts(courseIds: readonly string[]): Promise<number[]> {
    const rows: { course_id: string; n: number }[] = await this.dataSource.query(
      `SELECT course_id, count(*)::int AS n FROM lessons WHERE course_id = ANY($1::uuid[]) GROUP BY course_id`,
      [[...courseIds]],
    );
    const counts = new Map(rows.map((r) => [r.course_id, r.n]));
    return courseIds.map((id) => counts.get(id) ?? 0);
  }

  addModule(courseId: string, input: ModuleInput, scope: AccessScope): Promise<CourseModule> {
    return this.dataSource.transaction(async (m) => {
      const course = await this.editable(courseId, scope, m, 'courseId');
      const position = await this.insertPosition(
        m,
        'course_modules',
        'course_id',
        course.id,
        input.position,
      );
      const module = await m.save(
        m.create(CourseModule, { courseId: course.id, title: input.title.trim(), position }),
      );
      await this.audit.record(m, {
        action: 'addCourseModule',
        entityType: 'CourseModule',
        entityId: module.id,
        regionId: course.regionId,
        summary: { courseId: course.id, title: module.title, position },
      });
      return module;
    });
  }

  updateModule(id: string, input: ModuleInput, scope: AccessScope): Promise<CourseModule> {
    return this.dataSource.transaction(async (m) => {
      const module = await this.moduleById(id, m);
      const course = await this.editable(module.courseId, scope, m, 'id');
      const before = { title: module.title, position: module.position };
      module.title = input.title.trim();
      if (input.position != null && input.position !== module.position) {
        await this.move(m, 'course_modules', 'course_id', module.courseId, module, input.position);
      }
      const saved = await m.save(module);
      await this.audit.record(m, {
        action: 'updateCourseModule',
        entityType: 'CourseModule',
        entityId: module.id,
        regionId: course.regionId,
        summary: { courseId: course.id, before, title: module.title, position: module.position },
      });
      return saved;
    });
  }

  /** Removes a module with its lessons (their learners' progress on them goes too). */
  removeModule(id: string, scope: AccessScope): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const module = await this.moduleById(id, m);
      const course = await this.editable(module.courseId, scope, m, 'id');
      const lessons = await m.countBy(Lesson, { moduleId: module.id });
      await m.delete(CourseModule, { id: module.id });
      await this.compact(m, 'course_modules', 'course_id', module.courseId);
      await this.audit.record(m, {
        action: 'removeCourseModule',
        entityType: 'CourseModule',
        entityId: module.id,
        regionId: course.regionId,
        summary: { courseId: course.id, title: module.title, lessons },
      });
      return true;
    });
  }

  addLesson(moduleId: string, input: LessonInput, scope: AccessScope): Promise<Lesson> {
    return this.dataSource.transaction(async (m) => {
      const module = await this.moduleById(moduleId, m, 'moduleId');
      const course = await this.editable(module.courseId, scope, m, 'moduleId');
      const fields = await this.lessonFields(input, course.id);
      const position = await this.insertPosition(
        m,
        'lessons',
        'module_id',
        module.id,
        input.position,
      );
      const lesson = await m.save(
        m.create(Lesson, { ...fields, moduleId: module.id, courseId: course.id, position }),
      );
      await this.audit.record(m, {
        action: 'addLesson',
        entityType: 'Lesson',
        entityId: lesson.id,
        regionId: course.regionId,
        summary: lessonSummary(lesson),
      });
      return lesson;
    });
  }

  updateLesson(id: string, input: LessonInput, scope: AccessScope): Promise<Lesson> {
    return this.dataSource.transaction(async (m) => {
      const lesson = await this.lessonById(id, m);
      const course = await this.editable(lesson.courseId, scope, m, 'id');
      const before = { title: lesson.title, kind: lesson.kind, position: lesson.position };
      Object.assign(lesson, await this.lessonFields(input, lesson.courseId));
      if (input.position != null && input.position !== lesson.position) {
        await this.move(m, 'lessons', 'module_id', lesson.moduleId, lesson, input.position);
      }
      const saved = await m.save(lesson);
      await this.audit.record(m, {
        action: 'updateLesson',
        entityType: 'Lesson',
        entityId: lesson.id,
        regionId: course.regionId,
        summary: { ...lessonSummary(lesson), before },
      });
      return saved;
    });
  }

  removeLesson(id: string, scope: AccessScope): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const lesson = await this.lessonById(id, m);
      const course = await this.editable(lesson.courseId, scope, m, 'id');
      await m.delete(Lesson, { id: lesson.id });
      await this.compact(m, 'lessons', 'module_id', lesson.moduleId);
      await this.audit.record(m, {
        action: 'removeLesson',
        entityType: 'Lesson',
        entityId: lesson.id,
        regionId: course.regionId,
        summary: lessonSummary(lesson),
      });
      return true;
    });
  }

  /** Validates and normalises a lesson: the kind's own field is required, rich text is sanitized. */
  private async lessonFields(input: LessonInput, courseId: string): Promise<Partial<Lesson>> {
    const body = input.body != null ? sanitizeRichText(input.body) : null;
    const field = KIND_FIELD[input.kind];
    const present = {
      body: !!body && body.replace(/<[^>]*>/g, '').trim().length > 0,
      videoUrl: !!input.videoUrl,
      externalUrl: !!input.externalUrl,
      fileId: !!input.fileId,
    };
    if (!present[field as keyof typeof present]) {
      throw new InvalidInputError(field, `${field}: is required for a ${input.kind} lesson`);
    }
    if (input.fileId) await this.files.getOfCourse(input.fileId, courseId, 'fileId');
    return {
      title: input.title.trim(),
      kind: input.kind,
      body: present.body ? body : null,
      videoUrl: input.videoUrl?.trim() || null,
      externalUrl: input.externalUrl?.trim() || null,
      fileId: input.fileId ?? null,
      durationMinutes: input.durationMinutes ?? null,
    };
  }

  private async editable(
    courseId: string,
    scope: AccessScope,
    m: EntityManager,
    field: string,
  ): Promise<Course> {
    const course = await this.courses.getEditable(courseId, scope, field, m);
    if (course.status === CourseStatus.ARCHIVED) {
      throw new InvalidInputError(
        field,
        `${field}: the course is archived and can no longer change`,
      );
    }
    return course;
  }

  private async moduleById(id: string, m: EntityManager, field = 'id'): Promise<CourseModule> {
    const module = isUUID(id) ? await m.findOneBy(CourseModule, { id }) : null;
    if (!module) throw new NotFoundError('Module', field);
    return module;
  }

  private async lessonById(id: string, m: EntityManager): Promise<Lesson> {
    const lesson = isUUID(id) ? await m.findOneBy(Lesson, { id }) : null;
    if (!lesson) throw new NotFoundError('Lesson', 'id');
    return lesson;
  }

  /** Opens a gap at `wanted` (clamped to the end) and returns it. */
  private async insertPosition(
    m: EntityManager,
    table: 'course_modules' | 'lessons',
    parentColumn: 'course_id' | 'module_id',
    parentId: string,
    wanted: number | null | undefined,
  ): Promise<number> {
    const [{ n }] = await m.query(
      `SELECT count(*)::int AS n FROM ${table} WHERE ${parentColumn} = $1`,
      [parentId],
    );
    const position = wanted == null ? n : Math.min(wanted, n);
    await m.query(
      `UPDATE ${table} SET position = position + 1 WHERE ${parentColumn} = $1 AND position >= $2`,
      [parentId, position],
    );
    return position;
  }

  /** Moves one row to `wanted` (clamped) among its siblings and renumbers them 0..n-1. */
  private async move(
    m: EntityManager,
    table: 'course_modules' | 'lessons',
    parentColumn: 'course_id' | 'module_id',
    parentId: string,
    row: { id: string; position: number },
    wanted: number,
  ): Promise<void> {
    const siblings: { id: string }[] = await m.query(
      `SELECT id FROM ${table} WHERE ${parentColumn} = $1 AND id <> $2 ORDER BY position, id`,
      [parentId, row.id],
    );
    const ids = siblings.map((r) => r.id);
    row.position = Math.min(wanted, ids.length);
    ids.splice(row.position, 0, row.id);
    await m.query(
      `UPDATE ${table} t SET position = o.pos - 1
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, pos) WHERE t.id = o.id`,
      [ids],
    );
  }

  /** Renumbers 0..n-1 in the current order, closing the gap a removal left. */
  private async compact(
    m: EntityManager,
    table: 'course_modules' | 'lessons',
    parentColumn: 'course_id' | 'module_id',
    parentId: string,
  ): Promise<void> {
    await m.query(
      `UPDATE ${table} t SET position = o.rn - 1
         FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS rn
                 FROM ${table} WHERE ${parentColumn} = $1) o
        WHERE t.id = o.id`,
      [parentId],
    );
  }
}

/** What the trail keeps of a lesson: where it is and what kind, never its body. */
function lessonSummary(lesson: Lesson): Record<string, unknown> {
  return {
    courseId: lesson.courseId,
    moduleId: lesson.moduleId,
    title: lesson.title,
    kind: lesson.kind,
    position: lesson.position,
    fileId: lesson.fileId ?? undefined,
  };
}

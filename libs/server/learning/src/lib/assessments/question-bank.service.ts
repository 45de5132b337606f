import { AccessScope, AuditService, InvalidInputError, NotFoundError } from '@lms/server/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';

import { CourseStatus, QuestionKind } from '../common/learning-enums';
import { CourseService } from '../courses/course.service';
import { QuestionInput } from './dtos/question.input';
import { Question, QuestionOption } from './question.entity';

/**
 * A course's question bank, for its editors only. A question already drawn into an attempt is
 * never edited in place (that would rewrite past results): an edit retires it and adds a new one.
 */
@Injectable()
export class QuestionBankService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CourseService,
    private readonly audit: AuditService,
  ) {}

  async list(courseId: string, scope: AccessScope): Promise<Question[]> {
    const course = await this.courses.getEditable(courseId, scope, 'courseId');
    return this.dataSource.getRepository(Question).find({
      where: { courseId: course.id, active: true },
      relations: { options: true },
      order: { createdAt: 'ASC', id: 'ASC', options: { position: 'ASC' } },
    });
  }

  create(courseId: string, input: QuestionInput, scope: AccessScope): Promise<Question> {
    return this.dataSource.transaction(async (m) => {
      const course = await this.courses.getEditable(courseId, scope, 'courseId', m);
      if (course.status === CourseStatus.ARCHIVED) {
        throw new InvalidInputError(
          'courseId',
          'courseId: the course is archived and can no longer change',
        );
      }
      const question = await this.insert(m, course.id, input);
      await this.audit.record(m, {
        action: 'createQuestion',
        entityType: 'Question',
        entityId: question.id,
        regionId: course.regionId,
        summary: questionSummary(question),
      });
      return question;
    });
  }

  update(id: string, input: QuestionInput, scope: AccessScope): Promise<Question> {
    return this.dataSource.transaction(async (m) => {
      const question = await this.activeById(id, m);
      const course = await this.courses.getEditable(question.courseId, scope, 'id', m);
      checkQuestion(input);
      const used = await m.query(`SELECT 1 FROM attempt_items WHERE question_id = $1 LIMIT 1`, [
        question.id,
      ]);
      let updated: Question;
      if (used.length > 0) {
        await m.update(Question, { id: question.id }, { active: false });
        updated = await this.insert(m, question.courseId, input);
      } else {
        await m.delete(QuestionOption, { questionId: question.id });
        await m.update(
          Question,
          { id: question.id },
          { kind: input.kind, text: input.text.trim(), points: input.points ?? 1 },
        );
        await m.insert(QuestionOption, optionsOf(question.id, input));
        updated = await this.withOptions(m, question.id);
      }
      await this.audit.record(m, {
        action: 'updateQuestion',
        entityType: 'Question',
        entityId: updated.id,
        regionId: course.regionId,
        summary: {
          ...questionSummary(updated),
          // A question already drawn into attempts is retired and replaced by a new one.
          replacedQuestionId: updated.id !== question.id ? question.id : undefined,
        },
      });
      return updated;
    });
  }

  /** Retires the question: it is no longer drawn, and past attempts keep their record of it. */
  remove(id: string, scope: AccessScope): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const question = await this.activeById(id, m);
      const course = await this.courses.getEditable(question.courseId, scope, 'id', m);
      await m.update(Question, { id: question.id }, { active: false });
      await this.audit.record(m, {
        action: 'removeQuestion',
        entityType: 'Question',
        entityId: question.id,
        regionId: course.regionId,
        summary: { courseId: course.id, kind: question.kind },
      });
      return true;
    });
  }

  private async insert(
    m: EntityManager,
    courseId: string,
    input: QuestionInput,
  ): Promise<Question> {
    checkQuestion(input);
    const saved = await m.save(
      m.create(Question, {
        courseId,
        kind: input.kind,
        text: input.text.trim(),
        points: input.points ?? 1,
        active: true,
      }),
    );
    await m.insert(QuestionOption, optionsOf(saved.id, input));
    return this.withOptions(m, saved.id);
  }

  private async activeById(id: string, m: EntityManager): Promise<Question> {
    const question = isUUID(id) ? await m.findOneBy(Question, { id, active: true }) : null;
    if (!question) throw new NotFoundError('Question', 'id');
    return question;
  }

  private async withOptions(m: EntityManager, id: string): Promise<Question> {
    return m.findOneOrFail(Question, {
      where: { id },
      relations: { options: true },
      order: { options: { position: 'ASC' } },
    });
  }
}

/** What the trail keeps of a question: its shape, not its text or which option is correct. */
function questionSummary(question: Question): Record<string, unknown> {
  return {
    courseId: question.courseId,
    kind: question.kind,
    points: question.points,
    options: question.options?.length ?? 0,
  };
}

function optionsOf(questionId: string, input: QuestionInput): Partial<QuestionOption>[] {
  return input.options.map((o, position) => ({
    questionId,
    position,
    text: o.text.trim(),
    correct: o.correct,
  }));
}

/** The rules a question must meet; failures name the `options` field. */
export function checkQuestion(input: QuestionInput): void {
  const texts = input.options.map((o) => o.text.trim().toLowerCase());
  const correct = input.options.filter((o) => o.correct).length;
  if (input.kind === QuestionKind.TRUE_FALSE && input.options.length !== 2) {
    throw new InvalidInputError(
      'options',
      'options: a true/false question has exactly two options',
    );
  }
  if (input.options.length < 2) {
    throw new InvalidInputError('options', 'options: a question needs at least two options');
  }
  if (texts.some((t) => t.length === 0) || new Set(texts).size !== texts.length) {
    throw new InvalidInputError('options', 'options: every option needs its own, non-empty text');
  }
  if (correct === 0) {
    throw new InvalidInputError('options', 'options: mark at least one option as correct');
  }
  if (input.kind !== QuestionKind.MULTIPLE_CHOICE && correct !== 1) {
    throw new InvalidInputError(
      'options',
      `options: a ${input.kind} question has exactly one correct option`,
    );
  }
}

import { AccessScope } from '@lms/server/core';
import {
  AssessmentKind,
  AssessmentSettingsService,
  CourseContentService,
  CourseService,
  CourseStatusService,
  LearningRecordService,
  LearningSource,
  LessonKind,
  QuestionBankService,
  QuestionKind,
} from '@lms/server/learning';
import { chance, pickOne, randomInt, Rng } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { DEMO_COURSES } from './demo-courses';

/** Courses outside the platform that employees took before it, for a realistic history. */
const OUTSIDE_TRAINING = [
  { title: 'Pelatihan Keamanan Informasi (BSSN)', competency: 'TECHNICAL', digital: true, jp: 24 },
  { title: 'Digital Talent Scholarship (Kominfo)', competency: 'TECHNICAL', digital: true, jp: 32 },
  { title: 'Pelatihan Kepemimpinan Pengawas', competency: 'MANAGERIAL', digital: false, jp: 40 },
  { title: 'Webinar Manajemen ASN', competency: 'MANAGERIAL', digital: false, jp: 2 },
  { title: 'Orientasi Wawasan Kebangsaan', competency: 'SOCIO_CULTURAL', digital: false, jp: 6 },
  { title: 'Kelas Daring Data Science (LAN)', competency: 'TECHNICAL', digital: true, jp: 12 },
] as const;

/**
 * The learning side of the demo: published courses with lessons and tests in the home region, and
 * three years of completed training history, so every page and indicator has something to show.
 */
@Injectable()
export class DemoLearningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CourseService,
    private readonly content: CourseContentService,
    private readonly questions: QuestionBankService,
    private readonly assessments: AssessmentSettingsService,
    private readonly status: CourseStatusService,
    private readonly records: LearningRecordService,
  ) {}

  async seedCourses(regionId: string): Promise<number> {
    const scope = AccessScope.system();
    for (const spec of DEMO_COURSES) {
      const course = await this.courses.create(
        {
          code: spec.code,
          title: spec.title,
          competency: spec.competency,
          digital: spec.digital,
          jp: spec.jp,
          level: spec.level,
          delivery: spec.delivery,
          description: spec.description,
          regionId,
          shared: spec.code.startsWith('SOS'),
        },
        scope,
      );
      const module = await this.content.addModule(course.id, { title: 'Materi Inti' }, scope);
      for (const lesson of spec.lessons) {
        await this.content.addLesson(
          module.id,
          { title: lesson.title, kind: LessonKind.TEXT, body: lesson.body, durationMinutes: 45 },
          scope,
        );
      }
      for (const q of spec.questions) {
        await this.questions.create(
          course.id,
          {
            kind: q.options.length === 2 ? QuestionKind.TRUE_FALSE : QuestionKind.SINGLE_CHOICE,
            text: q.text,
            options: q.options.map(([text, correct]) => ({ text, correct })),
          },
          scope,
        );
      }
      const settings = {
        questionCount: spec.questions.length,
        timeLimitMinutes: 15,
        passingScore: 60,
        maxAttempts: 3,
      };
      await this.assessments.configure(
        course.id,
        AssessmentKind.PRE,
        { ...settings, maxAttempts: 1 },
        scope,
      );
      await this.assessments.configure(course.id, AssessmentKind.POST, settings, scope);
      await this.status.publish(course.id, scope);
    }
    return DEMO_COURSES.length;
  }

  /** Completed training over the last three years for about two thirds of the employees. */
  async seedHistory(rng: Rng, today = new Date()): Promise<number> {
    const employees: { id: string; region_id: string }[] = await this.dataSource.query(
      'SELECT id, region_id FROM employees ORDER BY nip',
    );
    const year = today.getUTCFullYear();
    let count = 0;
    await this.dataSource.transaction(async (manager) => {
      for (const e of employees) {
        if (!chance(rng, 0.67)) continue;
        const n = randomInt(rng, 1, 4);
        for (let i = 0; i < n; i += 1) {
          const t = pickOne(rng, OUTSIDE_TRAINING);
          const y = year - randomInt(rng, 0, 2);
          const lastMonth = y === year ? Math.max(1, today.getUTCMonth()) : 12;
          const completedOn = `${y}-${String(randomInt(rng, 1, lastMonth)).padStart(2, '0')}-${String(randomInt(rng, 1, 28)).padStart(2, '0')}`;
          const result = await this.records.credit(manager, {
            employeeId: e.id,
            regionId: e.region_id,
            courseId: null,
            source: LearningSource.IMPORT,
            sourceRef: `demo:${e.id}:${i}`,
            title: t.title,
            competency: t.competency,
            digital: t.digital,
            jp: t.jp,
            completedOn,
            certificateNumber: chance(rng, 0.4)
              ? `DEMO/${y}/${String(count + 1).padStart(5, '0')}`
              : null,
          });
          if (result.credited) count += 1;
        }
      }
    });
    return count;
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Modules, lessons and their files; self-paced enrolments and per-lesson progress. */
export class CreateCourseContent1764400300000 implements MigrationInterface {
  name = 'CreateCourseContent1764400300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE learning_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id),
        filename varchar(200) NOT NULL,
        content_type varchar(100) NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        storage_key varchar(200) NOT NULL UNIQUE,
        uploaded_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX learning_files_course_idx ON learning_files (course_id)`);
    await q.query(`
      CREATE TABLE course_modules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id),
        position int NOT NULL CHECK (position >= 0),
        title varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX course_modules_course_idx ON course_modules (course_id, position)`);
    await q.query(`
      CREATE TABLE lessons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES course_modules (id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses (id),
        position int NOT NULL CHECK (position >= 0),
        title varchar(200) NOT NULL,
        kind varchar(8) NOT NULL CHECK (kind IN ('TEXT', 'VIDEO', 'FILE', 'LINK')),
        body text,
        video_url varchar(2000),
        external_url varchar(2000),
        file_id uuid REFERENCES learning_files (id),
        duration_minutes int CHECK (duration_minutes BETWEEN 1 AND 6000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT lessons_kind_content_check CHECK (
          (kind = 'TEXT' AND body IS NOT NULL) OR (kind = 'VIDEO' AND video_url IS NOT NULL)
          OR (kind = 'FILE' AND file_id IS NOT NULL) OR (kind = 'LINK' AND external_url IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX lessons_module_idx ON lessons (module_id, position)`);
    await q.query(`CREATE INDEX lessons_course_idx ON lessons (course_id)`);
    await q.query(`
      CREATE TABLE course_enrolments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id),
        employee_id uuid NOT NULL REFERENCES employees (id),
        region_id uuid NOT NULL REFERENCES regions (id),
        status varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'COMPLETED')),
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        learning_record_id uuid REFERENCES learning_records (id),
        CONSTRAINT course_enrolments_key UNIQUE (course_id, employee_id),
        CONSTRAINT course_enrolments_completed_check
          CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX course_enrolments_employee_idx ON course_enrolments (employee_id, enrolled_at)`,
    );
    await q.query(`
      CREATE TABLE lesson_progress (
        enrolment_id uuid NOT NULL REFERENCES course_enrolments (id) ON DELETE CASCADE,
        lesson_id uuid NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
        completed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, lesson_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE lesson_progress`);
    await q.query(`DROP TABLE course_enrolments`);
    await q.query(`DROP TABLE lessons`);
    await q.query(`DROP TABLE course_modules`);
    await q.query(`DROP TABLE learning_files`);
  }
}

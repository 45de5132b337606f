import { MigrationInterface, QueryRunner } from 'typeorm';

/** Question bank, pre/post-test settings, attempts and the questions drawn into each attempt. */
export class CreateAssessments1764400200000 implements MigrationInterface {
  name = 'CreateAssessments1764400200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id),
        kind varchar(16) NOT NULL CHECK (kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE')),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
        points smallint NOT NULL DEFAULT 1 CHECK (points BETWEEN 1 AND 100),
        -- Retired questions stay for the attempts that used them; they are never drawn again.
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX questions_course_idx ON questions (course_id) WHERE active`);
    await q.query(`
      CREATE TABLE question_options (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question_id uuid NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position >= 0),
        text varchar(1000) NOT NULL CHECK (length(text) >= 1),
        correct boolean NOT NULL,
        CONSTRAINT question_options_position_key UNIQUE (question_id, position)
      )`);
    await q.query(`
      CREATE TABLE assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id),
        kind varchar(4) NOT NULL CHECK (kind IN ('PRE', 'POST')),
        question_count smallint NOT NULL CHECK (question_count BETWEEN 1 AND 200),
        time_limit_minutes smallint CHECK (time_limit_minutes BETWEEN 1 AND 600),
        passing_score numeric(5, 2) NOT NULL CHECK (passing_score BETWEEN 0 AND 100),
        max_attempts smallint CHECK (max_attempts BETWEEN 1 AND 100),
        reveal_answers boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assessments_course_kind_key UNIQUE (course_id, kind)
      )`);
    await q.query(`
      CREATE TABLE assessment_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessments (id),
        course_id uuid NOT NULL REFERENCES courses (id),
        kind varchar(4) NOT NULL CHECK (kind IN ('PRE', 'POST')),
        employee_id uuid NOT NULL REFERENCES employees (id),
        attempt_number smallint NOT NULL CHECK (attempt_number >= 1),
        started_at timestamptz NOT NULL DEFAULT now(),
        deadline_at timestamptz,
        submitted_at timestamptz,
        score numeric(5, 2) CHECK (score BETWEEN 0 AND 100),
        passed boolean,
        CONSTRAINT assessment_attempts_number_key UNIQUE (assessment_id, employee_id, attempt_number),
        CONSTRAINT assessment_attempts_scored_check
          CHECK ((submitted_at IS NULL) = (score IS NULL) AND (score IS NULL) = (passed IS NULL))
      )`);
    // At most one open attempt per learner and test, whatever races the API sees.
    await q.query(`
      CREATE UNIQUE INDEX assessment_attempts_open_key ON assessment_attempts (assessment_id, employee_id)
        WHERE submitted_at IS NULL`);
    await q.query(
      `CREATE INDEX assessment_attempts_course_idx ON assessment_attempts (course_id, kind, employee_id)`,
    );
    await q.query(`
      CREATE TABLE attempt_items (
        attempt_id uuid NOT NULL REFERENCES assessment_attempts (id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES questions (id),
        position smallint NOT NULL,
        option_order uuid[] NOT NULL,
        selected_option_ids uuid[] NOT NULL DEFAULT '{}',
        answered_at timestamptz,
        correct boolean,
        PRIMARY KEY (attempt_id, question_id),
        CONSTRAINT attempt_items_position_key UNIQUE (attempt_id, position)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attempt_items`);
    await q.query(`DROP TABLE assessment_attempts`);
    await q.query(`DROP TABLE assessments`);
    await q.query(`DROP TABLE question_options`);
    await q.query(`DROP TABLE questions`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** The competency model's tables, courses and the JP ledger (learning_records). */
export class CreateCourses1764400000000 implements MigrationInterface {
  name = 'CreateCourses1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE competency_levels (
        level smallint PRIMARY KEY CHECK (level BETWEEN 1 AND 5),
        name varchar(50) NOT NULL,
        name_en varchar(50) NOT NULL,
        description text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE competencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type varchar(16) NOT NULL CHECK (type IN ('TECHNICAL', 'MANAGERIAL', 'SOCIO_CULTURAL')),
        code varchar(30) NOT NULL,
        name varchar(200) NOT NULL,
        description text,
        region_id uuid REFERENCES regions (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- National competencies have no region; technical ones always belong to one.
        CONSTRAINT competencies_region_check CHECK ((type = 'TECHNICAL') = (region_id IS NOT NULL))
      )`);
    // NULLS NOT DISTINCT: national codes (M.01) are unique too, not only per region.
    await q.query(
      `CREATE UNIQUE INDEX competencies_code_key ON competencies (region_id, lower(code)) NULLS NOT DISTINCT`,
    );
    await q.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions (id),
        shared boolean NOT NULL DEFAULT false,
        code varchar(50) NOT NULL,
        title varchar(200) NOT NULL,
        description text,
        competency varchar(16) NOT NULL
          CHECK (competency IN ('TECHNICAL', 'MANAGERIAL', 'SOCIO_CULTURAL')),
        competency_id uuid REFERENCES competencies (id),
        level smallint REFERENCES competency_levels (level),
        digital boolean NOT NULL,
        jp numeric(6, 2) NOT NULL CHECK (jp > 0 AND jp <= 1000),
        delivery varchar(16) NOT NULL DEFAULT 'ONLINE'
          CHECK (delivery IN ('ONLINE', 'FACE_TO_FACE', 'BLENDED')),
        status varchar(16) NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX courses_code_key ON courses (lower(code))`);
    await q.query(`CREATE INDEX courses_region_idx ON courses (region_id, status)`);
    await q.query(`CREATE INDEX courses_shared_idx ON courses (status) WHERE shared`);
    await q.query(`
      CREATE TABLE learning_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id uuid NOT NULL REFERENCES employees (id),
        course_id uuid REFERENCES courses (id),
        source varchar(16) NOT NULL CHECK (source IN ('SELF_PACED', 'BIMTEK', 'IMPORT')),
        source_ref text NOT NULL,
        title varchar(200) NOT NULL,
        competency varchar(16) NOT NULL
          CHECK (competency IN ('TECHNICAL', 'MANAGERIAL', 'SOCIO_CULTURAL')),
        digital boolean NOT NULL,
        jp numeric(6, 2) NOT NULL CHECK (jp > 0 AND jp <= 1000),
        completed_on date NOT NULL,
        certificate_number varchar(100),
        region_id uuid NOT NULL REFERENCES regions (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT learning_records_source_key UNIQUE (source, source_ref)
      )`);
    await q.query(
      `CREATE INDEX learning_records_employee_idx ON learning_records (employee_id, completed_on)`,
    );
    await q.query(
      `CREATE INDEX learning_records_region_idx ON learning_records (region_id, completed_on)`,
    );
    await q.query(`CREATE INDEX learning_records_course_idx ON learning_records (course_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE learning_records`);
    await q.query(`DROP TABLE courses`);
    await q.query(`DROP TABLE competencies`);
    await q.query(`DROP TABLE competency_levels`);
  }
}

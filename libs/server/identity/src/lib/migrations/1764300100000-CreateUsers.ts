import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1764300100000 implements MigrationInterface {
  name = 'CreateUsers1764300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(100) NOT NULL,
        email varchar(254),
        password_hash text NOT NULL,
        roles text[] NOT NULL CHECK (
          cardinality(roles) > 0 AND
          roles <@ ARRAY['ADMIN', 'ORGANIZER', 'INSTRUCTOR', 'HR_ANALYST', 'LEARNER']::text[]
        ),
        region_id uuid REFERENCES regions (id),
        employee_id uuid REFERENCES employees (id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX users_username_key ON users (lower(username))`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await q.query(`CREATE UNIQUE INDEX users_employee_key ON users (employee_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE users`);
  }
}

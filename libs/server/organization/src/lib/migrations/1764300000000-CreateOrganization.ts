import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganization1764300000000 implements MigrationInterface {
  name = 'CreateOrganization1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(13) NOT NULL,
        name varchar(200) NOT NULL,
        type varchar(16) NOT NULL CHECK (type IN ('PROVINCE', 'REGENCY', 'CITY')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT regions_code_key UNIQUE (code)
      )`);
    await q.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions (id),
        parent_id uuid REFERENCES agencies (id),
        code varchar(50) NOT NULL,
        name varchar(200) NOT NULL,
        path text NOT NULL,
        depth int NOT NULL CHECK (depth >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agencies_code_key UNIQUE (code)
      )`);
    await q.query(`CREATE INDEX agencies_region_idx ON agencies (region_id)`);
    await q.query(`CREATE INDEX agencies_path_idx ON agencies (path text_pattern_ops)`);
    await q.query(`
      CREATE TABLE employees (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nip char(18) NOT NULL CHECK (nip ~ '^[0-9]{18}$'),
        full_name varchar(200) NOT NULL,
        email varchar(254),
        agency_id uuid NOT NULL REFERENCES agencies (id),
        region_id uuid NOT NULL REFERENCES regions (id),
        grade varchar(8) NOT NULL,
        position_title varchar(200),
        position_type varchar(16)
          CHECK (position_type IN ('JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA')),
        employment_type varchar(4) NOT NULL CHECK (employment_type IN ('PNS', 'PPPK')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT employees_nip_key UNIQUE (nip)
      )`);
    await q.query(`CREATE INDEX employees_region_idx ON employees (region_id, full_name, id)`);
    await q.query(`CREATE INDEX employees_agency_idx ON employees (agency_id, full_name, id)`);
    await q.query(`CREATE INDEX employees_name_idx ON employees (full_name, id)`);
    await q.query(`CREATE UNIQUE INDEX employees_email_key ON employees (lower(email))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE employees`);
    await q.query(`DROP TABLE agencies`);
    await q.query(`DROP TABLE regions`);
  }
}

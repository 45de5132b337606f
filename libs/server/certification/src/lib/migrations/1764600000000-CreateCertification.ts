import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates of Bimtek classes, their numbering counters, issuance batches, reissue history, the
 * regions' certificate settings and Open Badges signing keys.
 *
 * Exactly one certificate per enrollment is the database's rule (`certificates_enrollment_key`);
 * numbers are unique per region and year (`certificates_number_key`) and drawn from
 * `certificate_counters` inside the transaction that inserts the certificate, so a rolled-back
 * insert gives its number back and the sequence has no gaps.
 */
export class CreateCertification1764600000000 implements MigrationInterface {
  name = 'CreateCertification1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificate_settings (
        region_id uuid PRIMARY KEY REFERENCES regions (id),
        number_pattern varchar(100) NOT NULL DEFAULT '800/{seq}/BKPSDM/{year}'
          CHECK (number_pattern LIKE '%{seq}%'),
        issuer_name varchar(200) NOT NULL,
        city_of_issue varchar(100) NOT NULL,
        signatory_name varchar(200),
        signatory_position varchar(200) NOT NULL,
        signatory_nip char(18) CHECK (signatory_nip ~ '^[0-9]{18}$'),
        logo bytea,
        logo_type varchar(16) CHECK (logo_type IN ('image/png', 'image/jpeg')),
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT certificate_settings_logo_check CHECK ((logo IS NULL) = (logo_type IS NULL)),
        CONSTRAINT certificate_settings_logo_size_check CHECK (octet_length(logo) <= 524288)
      )`);

    await q.query(`
      CREATE TABLE certificate_counters (
        region_id uuid NOT NULL REFERENCES regions (id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 9999),
        last int NOT NULL DEFAULT 0 CHECK (last >= 0),
        PRIMARY KEY (region_id, year)
      )`);

    await q.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(32) NOT NULL,
        enrollment_id uuid NOT NULL REFERENCES enrollments (id),
        training_id uuid NOT NULL REFERENCES trainings (id),
        employee_id uuid NOT NULL REFERENCES employees (id),
        region_id uuid NOT NULL REFERENCES regions (id),
        year int NOT NULL,
        seq int NOT NULL CHECK (seq >= 1),
        number varchar(120) NOT NULL,
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        issued_on date NOT NULL,
        content jsonb NOT NULL,
        sha256 char(64) CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key varchar(200),
        rendered_at timestamptz,
        status varchar(8) NOT NULL DEFAULT 'VALID' CHECK (status IN ('VALID', 'REVOKED')),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users (id),
        revoke_reason varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT certificates_code_key UNIQUE (code),
        CONSTRAINT certificates_enrollment_key UNIQUE (enrollment_id),
        CONSTRAINT certificates_number_key UNIQUE (region_id, year, seq),
        CONSTRAINT certificates_rendered_check
          CHECK ((sha256 IS NULL) = (rendered_at IS NULL) AND (sha256 IS NULL) = (storage_key IS NULL)),
        CONSTRAINT certificates_revoked_check
          CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL)
             AND (status = 'REVOKED') = (revoke_reason IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX certificates_employee_idx ON certificates (employee_id, issued_on DESC)`,
    );
    await q.query(`CREATE INDEX certificates_training_idx ON certificates (training_id, seq)`);

    await q.query(`
      CREATE TABLE certificate_versions (
        certificate_id uuid NOT NULL REFERENCES certificates (id),
        version int NOT NULL CHECK (version >= 1),
        number varchar(120) NOT NULL,
        issued_on date NOT NULL,
        content jsonb NOT NULL,
        sha256 char(64),
        storage_key varchar(200),
        rendered_at timestamptz,
        status varchar(8) NOT NULL CHECK (status IN ('VALID', 'REVOKED')),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users (id),
        revoke_reason varchar(500),
        superseded_at timestamptz NOT NULL DEFAULT now(),
        superseded_by uuid REFERENCES users (id),
        reissue_reason varchar(500),
        PRIMARY KEY (certificate_id, version)
      )`);

    await q.query(`
      CREATE TABLE certificate_issuances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        training_id uuid NOT NULL REFERENCES trainings (id),
        region_id uuid NOT NULL REFERENCES regions (id),
        requested_by uuid REFERENCES users (id),
        total int NOT NULL CHECK (total >= 0),
        enqueue_error varchar(300),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX certificate_issuances_training_idx ON certificate_issuances (training_id, created_at DESC)`,
    );
    // One row per enrollment an issuance covers: progress is counted from these and the
    // certificates, so a job counted twice (at-least-once delivery) cannot inflate it.
    await q.query(`
      CREATE TABLE certificate_issuance_items (
        issuance_id uuid NOT NULL REFERENCES certificate_issuances (id) ON DELETE CASCADE,
        enrollment_id uuid NOT NULL REFERENCES enrollments (id),
        failed_at timestamptz,
        failure_reason varchar(500),
        PRIMARY KEY (issuance_id, enrollment_id),
        CONSTRAINT certificate_issuance_items_failure_check
          CHECK ((failed_at IS NULL) = (failure_reason IS NULL))
      )`);
    await q.query(
      `CREATE INDEX certificate_issuance_items_enrollment_idx ON certificate_issuance_items (enrollment_id)`,
    );

    await q.query(`
      CREATE TABLE certificate_signing_keys (
        region_id uuid PRIMARY KEY REFERENCES regions (id),
        public_key varchar(64) NOT NULL,
        private_key_encrypted text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificate_signing_keys`);
    await q.query(`DROP TABLE certificate_issuance_items`);
    await q.query(`DROP TABLE certificate_issuances`);
    await q.query(`DROP TABLE certificate_versions`);
    await q.query(`DROP TABLE certificates`);
    await q.query(`DROP TABLE certificate_counters`);
    await q.query(`DROP TABLE certificate_settings`);
  }
}

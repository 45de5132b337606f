import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bimtek classes, their days, instructors, agency quotas, enrollments, attendance (with its audit
 * trail) and the learners' notices.
 *
 * Seats are guarded by the database itself: a trigger keeps `trainings.confirmed_count` and
 * `training_agency_quotas.confirmed_count` equal to the seat-holding enrollments, and CHECK
 * constraints refuse any write that would put either above its limit. The service takes a row lock
 * on the training before deciding who gets a seat, so the constraint is the last line, not the
 * mechanism.
 */
export class CreateTraining1764500000000 implements MigrationInterface {
  name = 'CreateTraining1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trainings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions (id),
        course_id uuid NOT NULL REFERENCES courses (id),
        title varchar(200) NOT NULL,
        mode varchar(16) NOT NULL CHECK (mode IN ('FACE_TO_FACE', 'ONLINE', 'BLENDED')),
        venue varchar(300),
        meeting_url varchar(500),
        start_date date NOT NULL,
        end_date date NOT NULL,
        time_zone varchar(32) NOT NULL
          CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
        capacity int NOT NULL CHECK (capacity >= 1),
        confirmed_count int NOT NULL DEFAULT 0,
        registration_opens_at timestamptz,
        registration_closes_at timestamptz NOT NULL,
        requires_approval boolean NOT NULL DEFAULT false,
        min_attendance_rate numeric(4, 3) NOT NULL
          CHECK (min_attendance_rate > 0 AND min_attendance_rate <= 1),
        post_test_required boolean NOT NULL DEFAULT false,
        status varchar(16) NOT NULL DEFAULT 'SCHEDULED'
          CHECK (status IN ('SCHEDULED', 'COMPLETED', 'CANCELLED')),
        completed_at timestamptz,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT trainings_dates_check CHECK (end_date >= start_date),
        CONSTRAINT trainings_seats_check CHECK (confirmed_count >= 0 AND confirmed_count <= capacity),
        CONSTRAINT trainings_registration_check
          CHECK (registration_opens_at IS NULL OR registration_opens_at < registration_closes_at),
        CONSTRAINT trainings_online_link_check CHECK (mode = 'FACE_TO_FACE' OR meeting_url IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX trainings_region_idx ON trainings (region_id, start_date, id)`);
    await q.query(`CREATE INDEX trainings_dates_idx ON trainings (start_date, end_date)`);
    await q.query(`CREATE INDEX trainings_course_idx ON trainings (course_id)`);

    await q.query(`
      CREATE TABLE training_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        training_id uuid NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
        day date NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        check_in_code varchar(12) NOT NULL,
        CONSTRAINT training_sessions_day_key UNIQUE (training_id, day),
        CONSTRAINT training_sessions_times_check CHECK (ends_at > starts_at)
      )`);

    await q.query(`
      CREATE TABLE training_instructors (
        training_id uuid NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        PRIMARY KEY (training_id, user_id)
      )`);
    await q.query(`CREATE INDEX training_instructors_user_idx ON training_instructors (user_id)`);

    await q.query(`
      CREATE TABLE training_agency_quotas (
        training_id uuid NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies (id),
        seats int NOT NULL CHECK (seats >= 1),
        confirmed_count int NOT NULL DEFAULT 0,
        PRIMARY KEY (training_id, agency_id),
        CONSTRAINT training_agency_quotas_taken_check
          CHECK (confirmed_count >= 0 AND confirmed_count <= seats)
      )`);

    // Arrival order across every class: drawn while the class's row lock is held, so its order is
    // the order in which the database serialised the enrollments.
    await q.query(`CREATE SEQUENCE enrollment_queue_seq AS bigint`);
    await q.query(`
      CREATE TABLE enrollments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        training_id uuid NOT NULL REFERENCES trainings (id),
        employee_id uuid NOT NULL REFERENCES employees (id),
        status varchar(20) NOT NULL CHECK (status IN (
          'PENDING_APPROVAL', 'CONFIRMED', 'WAITLISTED', 'COMPLETED', 'NOT_COMPLETED',
          'CANCELLED', 'REJECTED')),
        queue_seq bigint NOT NULL DEFAULT nextval('enrollment_queue_seq'),
        quota_agency_id uuid,
        source varchar(16) NOT NULL CHECK (source IN ('ORGANIZER', 'SELF')),
        requested_by uuid REFERENCES users (id),
        confirmed_at timestamptz,
        promoted_at timestamptz,
        decided_by uuid REFERENCES users (id),
        decided_at timestamptz,
        cancelled_by uuid REFERENCES users (id),
        cancelled_at timestamptz,
        cancel_reason varchar(300),
        attendance_rate numeric(4, 3),
        post_test_passed boolean,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT enrollments_quota_fkey FOREIGN KEY (training_id, quota_agency_id)
          REFERENCES training_agency_quotas (training_id, agency_id)
      )`);
    // One live enrollment per employee and class; cancelled and rejected ones stay as history.
    await q.query(`
      CREATE UNIQUE INDEX enrollments_active_key ON enrollments (training_id, employee_id)
        WHERE status NOT IN ('CANCELLED', 'REJECTED')`);
    await q.query(
      `CREATE INDEX enrollments_queue_idx ON enrollments (training_id, status, queue_seq)`,
    );
    await q.query(`CREATE INDEX enrollments_employee_idx ON enrollments (employee_id, created_at)`);

    await q.query(`
      CREATE FUNCTION enrollments_count_seats() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_holds boolean := TG_OP <> 'INSERT'
          AND OLD.status IN ('CONFIRMED', 'COMPLETED', 'NOT_COMPLETED');
        new_holds boolean := TG_OP <> 'DELETE'
          AND NEW.status IN ('CONFIRMED', 'COMPLETED', 'NOT_COMPLETED');
      BEGIN
        IF old_holds AND new_holds AND OLD.training_id = NEW.training_id
           AND OLD.quota_agency_id IS NOT DISTINCT FROM NEW.quota_agency_id THEN
          RETURN NULL;
        END IF;
        IF old_holds THEN
          UPDATE trainings SET confirmed_count = confirmed_count - 1 WHERE id = OLD.training_id;
          IF OLD.quota_agency_id IS NOT NULL THEN
            UPDATE training_agency_quotas SET confirmed_count = confirmed_count - 1
             WHERE training_id = OLD.training_id AND agency_id = OLD.quota_agency_id;
          END IF;
        END IF;
        IF new_holds THEN
          UPDATE trainings SET confirmed_count = confirmed_count + 1 WHERE id = NEW.training_id;
          IF NEW.quota_agency_id IS NOT NULL THEN
            UPDATE training_agency_quotas SET confirmed_count = confirmed_count + 1
             WHERE training_id = NEW.training_id AND agency_id = NEW.quota_agency_id;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER enrollments_count_seats
        AFTER INSERT OR DELETE OR UPDATE OF status, training_id, quota_agency_id ON enrollments
        FOR EACH ROW EXECUTE FUNCTION enrollments_count_seats()`);

    await q.query(`
      CREATE TABLE attendances (
        session_id uuid NOT NULL REFERENCES training_sessions (id),
        enrollment_id uuid NOT NULL REFERENCES enrollments (id),
        present boolean NOT NULL,
        method varchar(16) NOT NULL CHECK (method IN ('ROSTER', 'CHECK_IN')),
        recorded_by uuid REFERENCES users (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, enrollment_id)
      )`);
    await q.query(`CREATE INDEX attendances_enrollment_idx ON attendances (enrollment_id)`);
    await q.query(`
      CREATE TABLE attendance_audits (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES training_sessions (id),
        enrollment_id uuid NOT NULL REFERENCES enrollments (id),
        changed_by uuid REFERENCES users (id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        method varchar(16) NOT NULL CHECK (method IN ('ROSTER', 'CHECK_IN')),
        before_present boolean,
        after_present boolean NOT NULL,
        after_the_day boolean NOT NULL
      )`);
    await q.query(
      `CREATE INDEX attendance_audits_session_idx ON attendance_audits (session_id, id)`,
    );

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id uuid NOT NULL REFERENCES employees (id),
        kind varchar(40) NOT NULL,
        subject varchar(200) NOT NULL,
        training_id uuid REFERENCES trainings (id),
        enrollment_id uuid REFERENCES enrollments (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX notifications_employee_idx ON notifications (employee_id, created_at DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE attendance_audits`);
    await q.query(`DROP TABLE attendances`);
    await q.query(`DROP TRIGGER enrollments_count_seats ON enrollments`);
    await q.query(`DROP FUNCTION enrollments_count_seats()`);
    await q.query(`DROP TABLE enrollments`);
    await q.query(`DROP SEQUENCE enrollment_queue_seq`);
    await q.query(`DROP TABLE training_agency_quotas`);
    await q.query(`DROP TABLE training_instructors`);
    await q.query(`DROP TABLE training_sessions`);
    await q.query(`DROP TABLE trainings`);
  }
}

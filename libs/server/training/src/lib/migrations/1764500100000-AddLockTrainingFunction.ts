import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `lock_training(training, employees)`: the first step of every seat change, in one round trip.
 * It takes the class's row lock, then reads the class, its course's status, its agency quotas and
 * the given employees' live enrollments in a second statement: a VOLATILE function takes a fresh
 * snapshot per statement under READ COMMITTED, so the read sees everything the transactions it
 * waited for committed (subqueries of the locking statement itself would not). Fewer round trips
 * while the lock is held is what lets one class take more enrollments per second.
 */
export class AddLockTrainingFunction1764500100000 implements MigrationInterface {
  name = 'AddLockTrainingFunction1764500100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION lock_training(p_training uuid, p_employees uuid[]) RETURNS json
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        result json;
      BEGIN
        PERFORM 1 FROM trainings WHERE trainings.id = p_training FOR UPDATE;
        SELECT json_build_object(
          'id', t.id,
          'title', t.title,
          'regionId', t.region_id,
          'status', t.status,
          'capacity', t.capacity,
          'confirmedCount', t.confirmed_count,
          'courseStatus', (SELECT c.status FROM courses c WHERE c.id = t.course_id),
          'quotas', COALESCE((SELECT json_agg(json_build_object(
                      'agencyId', q.agency_id, 'seats', q.seats, 'taken', q.confirmed_count))
                      FROM training_agency_quotas q WHERE q.training_id = t.id), '[]'::json),
          'existing', COALESCE((SELECT json_agg(json_build_object('employeeId', e.employee_id, 'id', e.id))
                      FROM enrollments e
                     WHERE e.training_id = t.id AND e.employee_id = ANY(p_employees)
                       AND e.status NOT IN ('CANCELLED', 'REJECTED')), '[]'::json))
          INTO result
          FROM trainings t WHERE t.id = p_training;
        RETURN result;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION lock_training(uuid, uuid[])`);
  }
}

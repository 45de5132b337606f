import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditEvents1764900000000 implements MigrationInterface {
  name = 'CreateAuditEvents1764900000000';

  async up(q: QueryRunner): Promise<void> {
    // No foreign keys: the trail must outlive (and never block) the rows and accounts it names.
    await q.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_username varchar(254),
        actor_roles text[] NOT NULL DEFAULT '{}',
        action varchar(64) NOT NULL CHECK (action ~ '^[a-z][A-Za-z0-9]*$'),
        entity_type varchar(64) NOT NULL CHECK (entity_type ~ '^[A-Z][A-Za-z0-9]*$'),
        entity_id varchar(100),
        region_id uuid,
        request_id varchar(128),
        ip varchar(64),
        summary jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(summary) = 'object')
      )
    `);
    await q.query(`CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at)`);
    await q.query(`CREATE INDEX audit_events_action_idx ON audit_events (action, id DESC)`);
    await q.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, id DESC)`);
    await q.query(
      `CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, id DESC)`,
    );
    await q.query(`CREATE INDEX audit_events_region_idx ON audit_events (region_id, id DESC)`);
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END
      $$
    `);
    await q.query(`
      CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()
    `);
    await q.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
  }
}

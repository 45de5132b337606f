import { ANNUAL_JP_OBLIGATION } from '@lms/shared/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

import { REBUILD_FUNCTION } from './indicator-functions-v1';
import { CERTIFICATES_TRIGGER_FUNCTION, REBUILD_FUNCTION_V2 } from './indicator-functions-v2';

const TRIGGERS = [
  ['indicators_certificates_inserted', 'INSERT', 'NEW TABLE AS new_rows'],
  ['indicators_certificates_updated', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['indicators_certificates_deleted', 'DELETE', 'OLD TABLE AS old_rows'],
] as const;

/**
 * Certificates count toward `certifiedCount` (contract.md): a VALID certificate of a digital
 * course, on its issue date. Same mechanism as the ledger: statement-level triggers move the
 * rollups in the transaction that issues, revokes or reissues a certificate.
 */
export class CountCertificates1764700100000 implements MigrationInterface {
  name = 'CountCertificates1764700100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(CERTIFICATES_TRIGGER_FUNCTION);
    for (const [name, event, referencing] of TRIGGERS) {
      await q.query(`
        CREATE TRIGGER ${name} AFTER ${event} ON certificates
          REFERENCING ${referencing}
          FOR EACH STATEMENT EXECUTE FUNCTION indicators_certificates_changed()`);
    }
    await q.query(REBUILD_FUNCTION_V2(ANNUAL_JP_OBLIGATION));
    await q.query(`SELECT indicators_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of TRIGGERS) await q.query(`DROP TRIGGER ${name} ON certificates`);
    await q.query(`DROP FUNCTION indicators_certificates_changed()`);
    await q.query(`DROP FUNCTION indicators_rebuild()`);
    await q.query(REBUILD_FUNCTION(ANNUAL_JP_OBLIGATION));
    await q.query(`SELECT indicators_rebuild()`);
  }
}

/**
 * The API side of the enrollment benchmark, in its own process so that the load generator does not
 * share its event loop: boots the real API on a throwaway database (the integration tests' harness),
 * seeds a region, an organizer, a course and the employees, and answers the parent over IPC.
 */
import { AccessScope } from '@lms/server/core';
import { AgencyService, RegionService } from '@lms/server/organization';
import { RegionType, Role } from '@lms/shared/domain';

import { Fixtures } from '../../apps/api/test/support/fixtures';
import { startTestApp } from '../../apps/api/test/support/test-app';
import { TrainingFixtures } from '../../apps/api/test/support/training-fixtures';

export type BenchRequest =
  | { kind: 'seed'; employees: number }
  | { kind: 'schedule'; capacity: number }
  | { kind: 'count'; trainingId: string }
  | { kind: 'cpu' }
  | { kind: 'close' };

async function main(): Promise<void> {
  const t = await startTestApp();
  const f = new Fixtures(t);
  const tf = new TrainingFixtures(t);
  let organizer = '';
  let courseId = '';
  const send = (message: unknown) => process.send?.(message);

  process.on('message', (raw: BenchRequest) => {
    void (async () => {
      try {
        if (raw.kind === 'seed') {
          const region = await t.get(RegionService).create({
            code: '35.25',
            name: 'Kabupaten Benchmark',
            type: RegionType.REGENCY,
          });
          const agency = await t
            .get(AgencyService)
            .create(
              { regionId: region.id, code: 'BENCH-OPD', name: 'Dinas Benchmark' },
              AccessScope.system(),
            );
          organizer = await f.user('bench-organizer', [Role.ORGANIZER], { regionId: region.id });
          courseId = (await tf.course(organizer)).id;
          const nips = await tf.employees(agency.code, raw.employees, 'Peserta Benchmark');
          send({ url: `${t.url}/graphql`, token: organizer, nips });
        } else if (raw.kind === 'schedule') {
          const tr = await tf.schedule(organizer, courseId, {
            capacity: raw.capacity,
            startDate: '2030-01-06',
            endDate: '2030-01-06',
          });
          send({ trainingId: tr.id });
        } else if (raw.kind === 'cpu') {
          // CPU time of this process (user + system, µs): independent of what else loads the machine.
          const { user, system } = process.cpuUsage();
          send({ micros: user + system });
        } else if (raw.kind === 'count') {
          const [counts] = await t.dataSource.query(
            `SELECT count(*) FILTER (WHERE e.status = 'CONFIRMED')::int AS confirmed,
                    count(*) FILTER (WHERE e.status = 'WAITLISTED')::int AS waitlisted,
                    max(t.confirmed_count) AS counter
               FROM enrollments e JOIN trainings t ON t.id = e.training_id WHERE t.id = $1`,
            [raw.trainingId],
          );
          send(counts);
        } else {
          await t.close();
          send({ closed: true });
          process.exit(0);
        }
      } catch (error) {
        send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    })();
  });
  send({ ready: true });
}

void main();

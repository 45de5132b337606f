import { DemoSeedService } from '@lms/server/demo';

import { startTestApp, TestApp } from '../support/test-app';

interface Row {
  status: string;
  waitlistPosition: number | null;
  attendedDays: number;
  employee: { nip: string };
}
interface Listed {
  id: string;
  title: string;
  status: string;
  startDate: string;
  endDate: string;
  registrationOpen: boolean;
  seatsLeft: number;
  waitlistCount: number;
  enrollments: Row[];
}

const PASSWORD = 'demo-uji-2026';
const jakartaToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

describe('demo Bimtek classes', () => {
  let t: TestApp;
  let learnerNip: string;
  let classes: Listed[];
  let organizer: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_PASSWORD: PASSWORD });
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const accounts = await t.get(DemoSeedService).seedIfEmpty();
    learnerNip = accounts?.learnerNip ?? '';
    organizer = await t.gql.login('penyelenggara', PASSWORD);
    const data = await t.gql.ok<{ trainings: { edges: { node: Listed }[] } }>(
      `{ trainings(first: 20) { edges { node {
          id title status startDate endDate registrationOpen seatsLeft waitlistCount
          enrollments { status waitlistPosition attendedDays employee { nip } }
      } } } }`,
      {},
      organizer,
    );
    classes = data.trainings.edges.map((e) => e.node);
  });

  afterAll(() => t?.close());

  const byStart = () => [...classes].sort((a, b) => a.startDate.localeCompare(b.startDate));

  it('gives the organizer a completed, a running and an upcoming class', () => {
    const [past, running, upcoming] = byStart();
    const today = jakartaToday();
    expect(classes).toHaveLength(3);
    expect(past.status).toBe('COMPLETED');
    expect(past.endDate < today).toBe(true);
    expect(running.status).toBe('SCHEDULED');
    expect(running.startDate < today && today < running.endDate).toBe(true);
    expect(upcoming.status).toBe('SCHEDULED');
    expect(upcoming.startDate > today).toBe(true);
  });

  it('opens registration for a full upcoming class with a waitlist in order, without the learner', () => {
    const upcoming = byStart()[2];
    expect(upcoming.registrationOpen).toBe(true);
    expect(upcoming.seatsLeft).toBe(0);
    expect(upcoming.enrollments.filter((e) => e.status === 'CONFIRMED')).toHaveLength(12);
    expect(
      upcoming.enrollments.filter((e) => e.status === 'WAITLISTED').map((e) => e.waitlistPosition),
    ).toEqual([1, 2, 3]);
    expect(upcoming.enrollments.some((e) => e.employee.nip === learnerNip)).toBe(false);
  });

  it('completes the past class on its attendance, so certificates can be issued at once', async () => {
    const past = byStart()[0];
    const outcome = (nip: string) => past.enrollments.find((e) => e.employee.nip === nip)?.status;
    expect(past.enrollments.filter((e) => e.status === 'COMPLETED')).toHaveLength(10);
    const notCompleted = past.enrollments.filter((e) => e.status === 'NOT_COMPLETED');
    expect(notCompleted.map((e) => e.attendedDays)).toEqual([2, 2]);
    expect(outcome(learnerNip)).toBe('COMPLETED');

    const issued = await t.gql.ok<{ issueCertificates: { total: number; status: string } }>(
      'mutation($id: ID!) { issueCertificates(trainingId: $id) { total status } }',
      { id: past.id },
      organizer,
    );
    expect(issued.issueCertificates.total).toBe(10);
  });

  it("shows the completed class's pre/post-test gain, the demo learner not among the tested", async () => {
    const past = byStart()[0];
    const { training } = await t.gql.ok<{
      training: {
        assessmentGain: {
          participants: number;
          tested: number;
          preTestMean: number;
          postTestMean: number;
          meanGain: number;
        } | null;
      };
    }>(
      'query($id: ID!) { training(id: $id) { assessmentGain { participants tested preTestMean postTestMean meanGain } } }',
      { id: past.id },
      organizer,
    );
    // The ten who completed, less the demo learner, took both tests.
    expect(training.assessmentGain).toMatchObject({ participants: 12, tested: 9 });
    expect(training.assessmentGain?.meanGain).toBeGreaterThan(0);
  });

  it("seats the learner in the running class and tells them, with yesterday's attendance kept", async () => {
    const running = byStart()[1];
    const mine = running.enrollments.find((e) => e.employee.nip === learnerNip);
    expect(mine).toMatchObject({ status: 'CONFIRMED', attendedDays: 1 });
    expect(running.enrollments.filter((e) => e.attendedDays === 1)).toHaveLength(9);

    const learner = await t.gql.login(learnerNip, PASSWORD);
    const notices = await t.gql.ok<{ myNotifications: { edges: { node: { kind: string } }[] } }>(
      '{ myNotifications(first: 20) { edges { node { kind } } } }',
      {},
      learner,
    );
    expect(notices.myNotifications.edges.map((e) => e.node.kind).sort()).toEqual([
      'ENROLLMENT_CONFIRMED',
      'ENROLLMENT_CONFIRMED',
      'TRAINING_COMPLETED',
    ]);
  });
});

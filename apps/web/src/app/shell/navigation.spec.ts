import { navigationFor } from './navigation';

const labels = (roles: Parameters<typeof navigationFor>[0]) =>
  navigationFor(roles).map((item) => item.labelKey);

describe('navigationFor', () => {
  it('gives each role its own menu', () => {
    expect(labels(['ADMIN'])).toEqual([
      'nav.home',
      'nav.courses',
      'nav.trainings',
      'nav.people',
      'nav.import',
      'nav.organization',
      'nav.nipCheck',
      'nav.indicators',
      'nav.audit',
      'nav.queues',
    ]);
    expect(labels(['HR_ANALYST'])).toEqual([
      'nav.home',
      'nav.people',
      'nav.import',
      'nav.nipCheck',
      'nav.indicators',
    ]);
    expect(labels(['ORGANIZER'])).toEqual([
      'nav.home',
      'nav.courses',
      'nav.trainings',
      'nav.people',
      'nav.nipCheck',
    ]);
    expect(labels(['LEARNER'])).toEqual([
      'nav.home',
      'nav.catalog',
      'nav.myLearning',
      'nav.trainingSchedule',
      'nav.myTrainings',
      'nav.myCertificates',
    ]);
    expect(labels(['INSTRUCTOR'])).toEqual(['nav.home', 'nav.trainings']);
  });

  it('lists a page once when several roles grant it', () => {
    expect(labels(['LEARNER', 'ORGANIZER'])).toEqual([
      'nav.home',
      'nav.catalog',
      'nav.myLearning',
      'nav.trainingSchedule',
      'nav.myTrainings',
      'nav.myCertificates',
      'nav.courses',
      'nav.trainings',
      'nav.people',
      'nav.nipCheck',
    ]);
  });

  it('marks the queue dashboard as the one item that is not a page of the app', () => {
    const external = navigationFor(['ADMIN']).filter((item) => item.queueDashboard);
    expect(external.map((item) => item.path)).toEqual(['/admin/queues']);
    expect(navigationFor(['HR_ANALYST', 'ORGANIZER']).some((item) => item.queueDashboard)).toBe(
      false,
    );
  });

  it('offers nothing without a role', () => {
    expect(navigationFor([])).toEqual([]);
  });
});

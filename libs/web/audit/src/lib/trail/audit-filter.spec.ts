import {
  ACTION_PATTERN,
  auditFilter,
  EMPTY_FILTER,
  ENTITY_TYPE_PATTERN,
  KNOWN_ACTIONS,
  KNOWN_ENTITY_TYPES,
  summaryText,
} from './audit-filter';

describe('the known names', () => {
  it('are valid filter values, each listed once', () => {
    expect(KNOWN_ACTIONS.filter((a) => !ACTION_PATTERN.test(a))).toEqual([]);
    expect(KNOWN_ENTITY_TYPES.filter((t) => !ENTITY_TYPE_PATTERN.test(t))).toEqual([]);
    expect(new Set(KNOWN_ACTIONS).size).toBe(KNOWN_ACTIONS.length);
    expect(new Set(KNOWN_ENTITY_TYPES).size).toBe(KNOWN_ENTITY_TYPES.length);
  });

  it('include the learning area’s events', () => {
    expect(KNOWN_ACTIONS).toEqual(
      expect.arrayContaining(['createCourse', 'enrolInCourse', 'submitAttempt', 'completeCourse']),
    );
    expect(KNOWN_ENTITY_TYPES).toEqual(
      expect.arrayContaining(['Lesson', 'Question', 'CourseEnrolment', 'AssessmentAttempt']),
    );
  });
});

describe('auditFilter', () => {
  it('sends only the fields that are set', () => {
    expect(auditFilter(EMPTY_FILTER)).toEqual({ ok: true, filter: {} });
    expect(
      auditFilter({
        ...EMPTY_FILTER,
        action: ' login ',
        entityType: 'User',
        actorId: 'u1',
        regionId: 'r1',
      }),
    ).toEqual({
      ok: true,
      filter: { action: 'login', entityType: 'User', actorId: 'u1', regionId: 'r1' },
    });
  });

  it('takes a date range as whole local days, the end day included', () => {
    const result = auditFilter({ ...EMPTY_FILTER, from: '2026-11-01', to: '2026-11-01' });
    if (!result.ok) throw new Error('expected a valid filter');
    expect(new Date(result.filter.from as string).getTime()).toBe(new Date(2026, 10, 1).getTime());
    expect(new Date(result.filter.to as string).getTime()).toBe(
      new Date(2026, 10, 2).getTime() - 1,
    );
  });

  it('reports every problem at once and sends nothing', () => {
    expect(
      auditFilter({
        ...EMPTY_FILTER,
        action: 'Create User',
        entityType: 'employee',
        from: '2026-11-02',
        to: '2026-11-01',
      }),
    ).toEqual({ ok: false, problems: ['action', 'entityType', 'dateOrder'] });
  });
});

describe('summaryText', () => {
  it('indents what changed and says nothing for an empty summary', () => {
    expect(summaryText('{"roles":["LEARNER"]}')).toBe('{\n  "roles": [\n    "LEARNER"\n  ]\n}');
    expect(summaryText('{}')).toBeNull();
    expect(summaryText('')).toBeNull();
    expect(summaryText('not json')).toBe('not json');
  });
});

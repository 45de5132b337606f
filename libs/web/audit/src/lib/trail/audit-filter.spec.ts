import { auditFilter, EMPTY_FILTER, summaryText } from './audit-filter';

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

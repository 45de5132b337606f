import { completionCounts, neededDays, shortfalls } from './completion-model';

describe('completion model', () => {
  const rule = { classDays: 5, minAttendanceRate: 0.8, postTestRequired: true };

  it('needs whole days the way the API counts them', () => {
    expect(neededDays(rule)).toBe(4);
    expect(neededDays({ ...rule, minAttendanceRate: 0.7 })).toBe(4);
    expect(neededDays({ ...rule, classDays: 3 })).toBe(3);
    expect(neededDays({ ...rule, minAttendanceRate: 1 })).toBe(5);
  });

  it('names each reason a participant does not complete', () => {
    expect(shortfalls({ attendedDays: 4, postTestPassed: true }, rule)).toEqual([]);
    expect(shortfalls({ attendedDays: 3, postTestPassed: false }, rule)).toEqual([
      { kind: 'attendance', attended: 3, needed: 4, total: 5 },
      { kind: 'postTest' },
    ]);
    expect(shortfalls({ attendedDays: 5, postTestPassed: false }, rule)).toEqual([
      { kind: 'postTest' },
    ]);
  });

  it('does not hold an unknown or unrequired post-test against anyone', () => {
    expect(shortfalls({ attendedDays: 5, postTestPassed: null }, rule)).toEqual([]);
    expect(
      shortfalls({ attendedDays: 5, postTestPassed: false }, { ...rule, postTestRequired: false }),
    ).toEqual([]);
  });

  it('counts the outcomes', () => {
    expect(completionCounts(['COMPLETED', 'NOT_COMPLETED', 'COMPLETED', 'CANCELLED'])).toEqual({
      completed: 2,
      notCompleted: 1,
    });
  });
});

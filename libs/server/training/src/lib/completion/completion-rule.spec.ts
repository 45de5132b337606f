import { decideCompletion } from './completion-rule';

describe('decideCompletion', () => {
  it('completes at exactly the minimum share of days, not one day below', () => {
    expect(decideCompletion(4, 5, 0.8, null)).toEqual({ status: 'COMPLETED', attendanceRate: 0.8 });
    expect(decideCompletion(3, 5, 0.8, null)).toEqual({
      status: 'NOT_COMPLETED',
      attendanceRate: 0.6,
    });
  });

  it('rounds the needed days up: 0.8 of 3 days needs all 3', () => {
    expect(decideCompletion(2, 3, 0.8, null).status).toBe('NOT_COMPLETED');
    expect(decideCompletion(3, 3, 0.8, null).status).toBe('COMPLETED');
    expect(decideCompletion(2, 3, 0.8, null).attendanceRate).toBe(0.667);
  });

  it('is not fooled by floating point: 0.7 of 10 days is 7 days', () => {
    expect(decideCompletion(7, 10, 0.7, null).status).toBe('COMPLETED');
    expect(decideCompletion(6, 10, 0.7, null).status).toBe('NOT_COMPLETED');
  });

  it('requires a passed post-test only when the class asks for one', () => {
    expect(decideCompletion(5, 5, 0.8, false).status).toBe('NOT_COMPLETED');
    expect(decideCompletion(5, 5, 0.8, true).status).toBe('COMPLETED');
    expect(decideCompletion(3, 5, 0.8, true).status).toBe('NOT_COMPLETED');
  });

  it('never completes a class without days', () => {
    expect(decideCompletion(0, 0, 0.8, null)).toEqual({
      status: 'NOT_COMPLETED',
      attendanceRate: 0,
    });
  });
});

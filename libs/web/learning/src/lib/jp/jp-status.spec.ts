import { ANNUAL_JP_OBLIGATION } from '@lms/shared/domain';

import { jpStatus } from './jp-status';

describe('jpStatus', () => {
  it('measures JP against the 20-JP obligation by default', () => {
    expect(ANNUAL_JP_OBLIGATION).toBe(20);
    expect(jpStatus(5)).toEqual({
      total: 5,
      obligation: 20,
      percent: 25,
      met: false,
      remaining: 15,
    });
  });

  it('caps the bar at 100 % and owes nothing once met', () => {
    expect(jpStatus(26.5)).toMatchObject({ percent: 100, met: true, remaining: 0 });
    expect(jpStatus(20)).toMatchObject({ percent: 100, met: true, remaining: 0 });
  });

  it('keeps decimal JP exact', () => {
    expect(jpStatus(19.9)).toMatchObject({ met: false, remaining: 0.1, percent: 99.5 });
    expect(jpStatus(0)).toMatchObject({ percent: 0, remaining: 20 });
  });

  it('falls back to the national obligation when the server sends none', () => {
    expect(jpStatus(10, 0).obligation).toBe(20);
  });
});

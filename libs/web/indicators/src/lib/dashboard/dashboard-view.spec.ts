import type { IndicatorRowItemFragment } from '@lms/web/core';

import { byGradeOrder, totalsOf } from './dashboard-view';

function row(
  key: string,
  counts: Partial<IndicatorRowItemFragment> = {},
): IndicatorRowItemFragment {
  return {
    key,
    label: key,
    headcount: 0,
    trainedCount: 0,
    certifiedCount: 0,
    literateCount: 0,
    literacyRate: 0,
    totalJp: 0,
    jpCompliantCount: 0,
    jpComplianceRate: 0,
    ...counts,
  };
}

describe('totalsOf', () => {
  it('adds the regions up and recomputes the rates over the whole headcount', () => {
    const totals = totalsOf([
      row('banyuwangi', {
        headcount: 200,
        literateCount: 55,
        jpCompliantCount: 41,
        totalJp: 2230.5,
      }),
      row('madiun', { headcount: 50, literateCount: 20, jpCompliantCount: 9, totalJp: 400.25 }),
    ]);
    expect(totals).toEqual({
      headcount: 250,
      literate: 75,
      compliant: 50,
      totalJp: 2630.75,
      literacyRate: 0.3,
      complianceRate: 0.2,
      averageJp: 10.52,
    });
  });

  it('gives zero rates, not NaN, for an empty scope', () => {
    expect(totalsOf([])).toMatchObject({
      headcount: 0,
      literacyRate: 0,
      complianceRate: 0,
      averageJp: 0,
    });
  });
});

describe('byGradeOrder', () => {
  it('orders PNS grades by step with PPPK grades beside them and unknown codes last', () => {
    const keys = byGradeOrder(
      ['IV/a', 'Honorer', 'II/a', 'V', 'III/d', 'I/a'].map((key) => row(key)),
    ).map((r) => r.key);
    expect(keys.slice(0, 5)).toEqual(['I/a', 'II/a', 'V', 'III/d', 'IV/a']);
    expect(keys[5]).toBe('Honorer');
  });
});

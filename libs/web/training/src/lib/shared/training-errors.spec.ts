import { explainError } from './training-errors';

describe('explainError', () => {
  it('names the field without the input prefix and picks the rule by its message', () => {
    const e = explainError({
      code: 'BAD_USER_INPUT',
      field: 'endDate',
      message: 'endDate: must be on or after startDate',
    });
    expect(e).toEqual({
      field: 'endDate',
      key: 'endBeforeStart',
      params: {},
      detail: 'must be on or after startDate',
      code: 'BAD_USER_INPUT',
    });
    expect(
      explainError({ code: 'BAD_USER_INPUT', field: 'input.capacity', message: 'x' }).field,
    ).toBe('capacity');
  });

  it('separates a required meeting link from a malformed one', () => {
    expect(
      explainError({
        code: 'BAD_USER_INPUT',
        field: 'meetingUrl',
        message: 'meetingUrl: is required for ONLINE classes',
      }).key,
    ).toBe('meetingUrlRequired');
    expect(
      explainError({
        code: 'BAD_USER_INPUT',
        field: 'meetingUrl',
        message: 'meetingUrl: must be a URL address',
      }).key,
    ).toBe('meetingUrl');
  });

  it('keeps the NIPs the API listed, to show them in the translated sentence', () => {
    const e = explainError({
      code: 'BAD_USER_INPUT',
      field: 'nips',
      message: "nips: no employee of the class's region has NIP 198503152010011001, 19850315",
    });
    expect(e.key).toBe('nipsUnknown');
    expect(e.params).toEqual({ list: '198503152010011001, 19850315' });
  });

  it('reads the date a class may be completed from', () => {
    const e = explainError({
      code: 'CONFLICT',
      field: 'trainingId',
      message: 'trainingId: the class runs until 2026-12-05; complete it on or after that day',
    });
    expect(e).toMatchObject({ key: 'tooEarly', params: { date: '2026-12-05' } });
  });

  it('explains the quota rules by what the API found, with the nested agency named', () => {
    const quota = (message: string) =>
      explainError({ code: 'BAD_USER_INPUT', field: 'agencyQuotas', message });
    expect(quota('agencyQuotas: an agency is listed twice').key).toBe('quotaDuplicate');
    expect(quota('agencyQuotas: a quota exceeds the capacity').key).toBe('quotaOverCapacity');
    expect(quota("agencyQuotas: every agency must exist in the class's region").key).toBe(
      'quotaRegion',
    );
    expect(
      quota('agencyQuotas: DISKOMINFO-1 lies inside another agency with a quota'),
    ).toMatchObject({ key: 'quotaNested', params: { code: 'DISKOMINFO-1' } });
  });

  it('tells a double booking from an account that may not teach the class', () => {
    expect(
      explainError({
        code: 'BAD_USER_INPUT',
        field: 'instructorIds',
        message: "instructorIds: each must be an active INSTRUCTOR account of the class's region",
      }).key,
    ).toBe('instructorsInvalid');
  });

  it('falls back to the API text for rules it does not know, and to nothing without a field', () => {
    expect(
      explainError({ code: 'CONFLICT', field: 'trainingId', message: 'trainingId: something new' }),
    ).toMatchObject({ key: null, detail: 'something new' });
    expect(explainError({ code: 'NETWORK' })).toEqual({
      field: null,
      key: null,
      params: {},
      detail: '',
      code: 'NETWORK',
    });
  });
});

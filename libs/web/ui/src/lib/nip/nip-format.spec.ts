import { formatAppointment, formatIsoDate } from './nip-format';

describe('NIP date formatting', () => {
  it('writes dates in the UI language without shifting the day', () => {
    expect(formatIsoDate('1985-03-15', 'id')).toBe('15 Maret 1985');
    expect(formatIsoDate('1985-03-15', 'en')).toBe('15 March 1985');
    expect(formatIsoDate('2000-01-01', 'id')).toBe('1 Januari 2000');
  });

  it('writes a PNS appointment as month and year, a PPPK one as the year', () => {
    expect(formatAppointment('2010-01', 'id')).toBe('Januari 2010');
    expect(formatAppointment('2010-12', 'en')).toBe('December 2010');
    expect(formatAppointment('2021', 'id')).toBe('2021');
  });
});

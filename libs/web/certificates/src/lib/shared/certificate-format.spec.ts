import { formatDate, formatDateRange, formatMoment, formatNumber } from './certificate-format';

describe('certificate formats', () => {
  it('writes dates the Indonesian way, and in English on request', () => {
    expect(formatDate('2026-12-05', 'id')).toBe('5 Desember 2026');
    expect(formatDate('2026-12-05', 'en')).toBe('5 December 2026');
  });

  it('writes one day once and a span as a range', () => {
    expect(formatDateRange('2026-12-05', '2026-12-05', 'id')).toBe('5 Desember 2026');
    expect(formatDateRange('2026-12-01', '2026-12-05', 'en')).toMatch(/^1\s?–\s?5 December 2026$/);
  });

  it('writes JP with a decimal comma in Indonesian', () => {
    expect(formatNumber(22.5, 'id')).toBe('22,5');
    expect(formatNumber(22.5, 'en')).toBe('22.5');
  });

  it('writes a moment in the given zone', () => {
    expect(formatMoment('2026-12-05T03:15:00Z', 'en', 'Asia/Jakarta')).toBe(
      '5 December 2026 at 10:15',
    );
  });
});

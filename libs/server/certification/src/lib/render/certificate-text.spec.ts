import { formatNip } from './certificate-renderer';
import { formatIndonesianDate, formatIndonesianDateRange } from './indonesian-date';
import { predikatOf } from './predikat';
import { qrMatrix } from './vector-qr';

describe('certificate text helpers', () => {
  it('writes dates the Indonesian way', () => {
    expect(formatIndonesianDate('2026-03-14')).toBe('14 Maret 2026');
    expect(formatIndonesianDateRange('2026-03-10', '2026-03-13')).toBe('10–13 Maret 2026');
    expect(formatIndonesianDateRange('2026-02-28', '2026-03-02')).toBe(
      '28 Februari – 2 Maret 2026',
    );
    expect(formatIndonesianDateRange('2025-12-30', '2026-01-02')).toBe(
      '30 Desember 2025 – 2 Januari 2026',
    );
    expect(formatIndonesianDateRange('2026-08-17', '2026-08-17')).toBe('17 Agustus 2026');
  });

  it('groups a NIP as it is printed', () => {
    expect(formatNip('198503152010011001')).toBe('19850315 201001 1 001');
  });

  it.each([
    [null, null],
    [100, 'Sangat Memuaskan'],
    [92.5, 'Sangat Memuaskan'],
    [92.49, 'Memuaskan'],
    [85, 'Memuaskan'],
    [80, 'Baik Sekali'],
    [70, 'Baik'],
    [69.99, 'Cukup'],
  ])('gives score %p the predikat %p', (score, label) => {
    expect(predikatOf(score)).toBe(label);
  });
});

describe('vector QR code', () => {
  it('covers exactly the dark modules with horizontal runs', () => {
    const { size, runs } = qrMatrix('https://lms.example.go.id/verify/Zk3mQ0pYt7s8AbCdEfGhIjKl');
    expect(size).toBeGreaterThanOrEqual(29);
    const dark = new Set<number>();
    for (const run of runs) {
      for (let c = run.col; c < run.col + run.length; c++) {
        expect(dark.has(run.row * size + c)).toBe(false);
        dark.add(run.row * size + c);
      }
    }
    // The three finder patterns' corners are dark.
    for (const [r, c] of [
      [0, 0],
      [0, size - 1],
      [size - 1, 0],
    ])
      expect(dark.has(r * size + c)).toBe(true);
    expect(runs.length).toBeLessThan(dark.size);
  });
});

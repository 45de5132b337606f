/**
 * The predikat printed on a certificate from the post-test score (0..100), on the bands used for
 * STTPP of government training (LAN): 92.5 and above *Sangat Memuaskan*, then *Memuaskan*,
 * *Baik Sekali*, *Baik*, and *Cukup* below 70.
 */
const BANDS: readonly [number, string][] = [
  [92.5, 'Sangat Memuaskan'],
  [85, 'Memuaskan'],
  [77.5, 'Baik Sekali'],
  [70, 'Baik'],
];

export function predikatOf(score: number | null | undefined): string | null {
  if (score === null || score === undefined || !Number.isFinite(score)) return null;
  for (const [min, label] of BANDS) if (score >= min) return label;
  return 'Cukup';
}

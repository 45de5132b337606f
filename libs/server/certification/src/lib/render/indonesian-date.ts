const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** `2026-03-14` → `14 Maret 2026`, as dates are written on Indonesian official documents. */
export function formatIndonesianDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A class's days: `10–13 Maret 2026`, `28 Februari – 2 Maret 2026`, or one day. */
export function formatIndonesianDateRange(start: string, end: string): string {
  if (start === end) return formatIndonesianDate(start);
  const [y1, m1, d1] = parts(start);
  const [y2, m2] = parts(end);
  if (y1 === y2 && m1 === m2) return `${d1}–${formatIndonesianDate(end)}`;
  if (y1 === y2) return `${d1} ${MONTHS[m1 - 1]} – ${formatIndonesianDate(end)}`;
  return `${formatIndonesianDate(start)} – ${formatIndonesianDate(end)}`;
}

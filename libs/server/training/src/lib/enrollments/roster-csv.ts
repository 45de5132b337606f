export interface RosterRow {
  nip: string;
  fullName: string;
  agencyCode: string;
  agencyName: string;
  status: string;
  waitlistPosition: number | null;
  source: string;
  enrolledAt: Date;
  attendedDays: number;
  classDays: number;
}

export const ROSTER_HEADER = [
  'no',
  'nip',
  'full_name',
  'agency_code',
  'agency_name',
  'status',
  'waitlist_position',
  'source',
  'enrolled_at',
  'attended_days',
  'class_days',
] as const;

/**
 * One CSV cell: quoted when it holds a comma, quote or line break. A leading =, +, -, @, tab or CR
 * gets an apostrophe, so a name typed as a formula cannot run when the file is opened in a
 * spreadsheet (CSV injection).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The roster as CSV (header row, CRLF line ends as RFC 4180 asks), in arrival order. */
export function rosterCsv(rows: RosterRow[]): string {
  const lines = [ROSTER_HEADER.join(',')];
  rows.forEach((r, i) => {
    lines.push(
      [
        i + 1,
        r.nip,
        r.fullName,
        r.agencyCode,
        r.agencyName,
        r.status,
        r.waitlistPosition,
        r.source,
        r.enrolledAt.toISOString(),
        r.attendedDays,
        r.classDays,
      ]
        .map(csvCell)
        .join(','),
    );
  });
  return `${lines.join('\r\n')}\r\n`;
}

import type { RosterEnrollmentFragment } from '@lms/web/core';

export interface RosterGroups {
  pending: RosterEnrollmentFragment[];
  seated: RosterEnrollmentFragment[];
  waitlisted: RosterEnrollmentFragment[];
  closed: RosterEnrollmentFragment[];
}

const SEATED = ['CONFIRMED', 'COMPLETED', 'NOT_COMPLETED'];
const CLOSED = ['CANCELLED', 'REJECTED'];

/**
 * The roster as the organizer works it: requests to decide, the people holding seats (arrival
 * order), the waitlist in the order it will move up, and the cancelled or rejected.
 */
export function groupRoster(enrollments: readonly RosterEnrollmentFragment[]): RosterGroups {
  const groups: RosterGroups = { pending: [], seated: [], waitlisted: [], closed: [] };
  for (const e of enrollments) {
    if (e.status === 'PENDING_APPROVAL') groups.pending.push(e);
    else if (SEATED.includes(e.status)) groups.seated.push(e);
    else if (e.status === 'WAITLISTED') groups.waitlisted.push(e);
    else if (CLOSED.includes(e.status)) groups.closed.push(e);
  }
  groups.waitlisted.sort(
    (a, b) => (a.waitlistPosition ?? Infinity) - (b.waitlistPosition ?? Infinity),
  );
  return groups;
}

/**
 * NIPs pasted from a spreadsheet or typed one per line. A NIP is often written with spaces
 * (`19850315 201001 1 001`), so only line breaks, commas, semicolons and tabs separate them.
 */
export function parseNips(text: string): string[] {
  return text
    .split(/[\n\r,;\t]+/)
    .map((part) => part.replace(/\s+/g, ''))
    .filter((part) => part.length > 0);
}

/** `peserta-bimtek-spbe-angkatan-i.csv`: safe on every file system. */
export function rosterFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `peserta-${slug || 'bimtek'}.csv`;
}

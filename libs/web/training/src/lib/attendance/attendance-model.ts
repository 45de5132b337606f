/** A day of the class as the sheet needs it. */
export interface SheetDay {
  date: string;
  attendance: readonly { enrollmentId: string; present: boolean }[];
}

export interface SheetParticipant {
  id: string;
  nip: string;
}

/**
 * The day the sheet opens on: today when the class meets today, else its latest day that has
 * passed, else (a class still to come) its first day.
 */
export function defaultDay(days: readonly string[], today: string): string | null {
  if (!days.length) return null;
  if (days.includes(today)) return today;
  const past = days.filter((d) => d < today);
  return past.length ? past[past.length - 1] : days[0];
}

/** The participants marked present on a day. */
export function presentOn(day: SheetDay | undefined): Set<string> {
  return new Set((day?.attendance ?? []).filter((m) => m.present).map((m) => m.enrollmentId));
}

/**
 * What saving the sheet must send: the NIPs newly ticked (present) and the NIPs whose tick was
 * removed (absent, a correction the API audits). Unchanged people are not sent, so saving twice
 * writes nothing the second time.
 */
export function attendanceChanges(
  participants: readonly SheetParticipant[],
  before: ReadonlySet<string>,
  ticked: ReadonlySet<string>,
): { present: string[]; absent: string[] } {
  const present: string[] = [];
  const absent: string[] = [];
  for (const p of participants) {
    if (ticked.has(p.id) && !before.has(p.id)) present.push(p.nip);
    if (!ticked.has(p.id) && before.has(p.id)) absent.push(p.nip);
  }
  return { present, absent };
}

/**
 * What the room's QR code opens: the learner's page of the class with the day's code filled in,
 * so scanning it and tapping "Presensi" is all a participant does.
 */
export function checkInUrl(origin: string, trainingId: string, code: string): string {
  return `${origin}/jadwal-bimtek/${encodeURIComponent(trainingId)}?kode=${encodeURIComponent(code)}`;
}

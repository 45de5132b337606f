/** Below this much time left the timer turns to a warning. */
export const COUNTDOWN_WARNING_MS = 60_000;

/** Milliseconds from `nowMs` to the server's deadline, never negative; null without a limit. */
export function remainingMs(deadline: string | null, nowMs: number): number | null {
  if (!deadline) {
    return null;
  }
  const end = Date.parse(deadline);
  return Number.isNaN(end) ? null : Math.max(0, end - nowMs);
}

/** `mm:ss`, or `h:mm:ss` from an hour up; partial seconds round up so 0:00 means time is over. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

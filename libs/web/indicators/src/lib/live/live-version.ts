import {
  catchError,
  distinctUntilChanged,
  EMPTY,
  exhaustMap,
  filter,
  type Observable,
  scan,
  skip,
  startWith,
  switchMap,
  timer,
} from 'rxjs';

/**
 * How often the dashboard asks whether its numbers changed. The question is one indexed read
 * (`indicatorsVersion`), so every few seconds costs the API little, and any API process answers
 * it the same way because the version lives in PostgreSQL, next to the rollups.
 */
export const INDICATOR_POLL_INTERVAL_MS = 10_000;

/**
 * The versions read while the page is visible: at once when it (re)appears, then every
 * `intervalMs`. A failed read is skipped (the next tick tries again) so a network blip does not
 * stop the live updates; a read still running when the next tick comes is not doubled.
 */
export function pollVersion(
  readVersion: () => Observable<string>,
  visible: Observable<boolean>,
  intervalMs: number = INDICATOR_POLL_INTERVAL_MS,
): Observable<string> {
  return visible.pipe(
    distinctUntilChanged(),
    switchMap((shown) =>
      shown
        ? timer(0, intervalMs).pipe(exhaustMap(() => readVersion().pipe(catchError(() => EMPTY))))
        : EMPTY,
    ),
    distinctUntilChanged(),
  );
}

/**
 * Counts the version changes after the first one seen: 0 until something changed, then 1, 2, …
 * A page that fetched its data when it opened refetches exactly when this count moves.
 */
export function versionChanges(versions: Observable<string>): Observable<number> {
  return versions.pipe(
    distinctUntilChanged(),
    skip(1),
    scan((count) => count + 1, 0),
    filter((count) => count > 0),
    startWith(0),
  );
}

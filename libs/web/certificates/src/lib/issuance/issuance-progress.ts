import { InjectionToken } from '@angular/core';
import type { CertificateIssuanceItemFragment } from '@lms/web/core';
import { type Observable, switchMap, takeWhile, timer } from 'rxjs';

/** How often the progress bar asks the API; the contract asks for "live", a second is enough. */
export const ISSUANCE_POLL_MS = 1000;

/** The polling interval pages use (tests shorten it). */
export const ISSUANCE_POLL_INTERVAL = new InjectionToken<number>('ISSUANCE_POLL_INTERVAL', {
  factory: () => ISSUANCE_POLL_MS,
});

type Progress = Pick<CertificateIssuanceItemFragment, 'status' | 'total' | 'issued' | 'failed'>;

/** The issuance has ended: every certificate is issued (DONE) or some failed for good (FAILED). */
export function isFinished(status: string): boolean {
  return status === 'DONE' || status === 'FAILED';
}

/**
 * Share of the issuance's certificates that are settled (issued or failed for good), 0–100. An
 * issuance with nothing to do is complete; the bar never runs backwards or past 100.
 */
export function issuancePercent(issuance: Progress): number {
  if (issuance.total <= 0) return isFinished(issuance.status) ? 100 : 0;
  const settled = Math.min(issuance.issued + issuance.failed, issuance.total);
  if (isFinished(issuance.status)) return 100;
  return Math.floor((settled / issuance.total) * 100);
}

/**
 * Reads the issuance now and every `intervalMs` until it has finished, the finished reading
 * included. A slow answer is dropped when the next tick arrives (switchMap), so readings never
 * come back out of order.
 */
export function pollIssuance<T extends Pick<Progress, 'status'>>(
  read: () => Observable<T>,
  intervalMs = ISSUANCE_POLL_MS,
): Observable<T> {
  return timer(0, intervalMs).pipe(
    switchMap(() => read()),
    takeWhile((issuance) => !isFinished(issuance.status), true),
  );
}

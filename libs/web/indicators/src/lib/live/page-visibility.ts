import { distinctUntilChanged, fromEvent, map, type Observable, startWith } from 'rxjs';

/** Whether the tab is shown, now and on every change (a hidden tab should not poll). */
export function pageVisible(document: Document): Observable<boolean> {
  return fromEvent(document, 'visibilitychange').pipe(
    startWith(null),
    map(() => document.visibilityState !== 'hidden'),
    distinctUntilChanged(),
  );
}

import { BehaviorSubject, defer, Observable, of, Subject, throwError } from 'rxjs';

import { pollVersion, versionChanges } from './live-version';

describe('pollVersion', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function reader(answers: (string | Error)[]) {
    let calls = 0;
    const read = jest.fn(() =>
      defer(() => {
        const answer = answers[Math.min(calls, answers.length - 1)];
        calls += 1;
        return answer instanceof Error ? throwError(() => answer) : of(answer);
      }),
    );
    return read;
  }

  it('reads right away, then every interval, and emits only when the version moves', () => {
    const read = reader(['7', '7', '8', '8']);
    const seen: string[] = [];
    const sub = pollVersion(read, of(true), 1000).subscribe((v) => seen.push(v));

    jest.advanceTimersByTime(0);
    expect(read).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(3000);
    expect(read).toHaveBeenCalledTimes(4);
    expect(seen).toEqual(['7', '8']);
    sub.unsubscribe();
  });

  it('stops reading while the tab is hidden and reads again as soon as it shows', () => {
    const read = reader(['1', '2']);
    const visible = new BehaviorSubject(true);
    const seen: string[] = [];
    const sub = pollVersion(read, visible, 1000).subscribe((v) => seen.push(v));
    jest.advanceTimersByTime(0);

    visible.next(false);
    jest.advanceTimersByTime(10_000);
    expect(read).toHaveBeenCalledTimes(1);

    visible.next(true);
    jest.advanceTimersByTime(0);
    expect(read).toHaveBeenCalledTimes(2);
    expect(seen).toEqual(['1', '2']);
    sub.unsubscribe();
  });

  it('skips a failed read and keeps polling', () => {
    const read = reader(['1', new Error('offline'), '2']);
    const seen: string[] = [];
    const errors: unknown[] = [];
    const sub = pollVersion(read, of(true), 1000).subscribe({
      next: (v) => seen.push(v),
      error: (e) => errors.push(e),
    });

    jest.advanceTimersByTime(2000);
    expect(errors).toEqual([]);
    expect(seen).toEqual(['1', '2']);
    sub.unsubscribe();
  });

  it('does not start a second read while one is still running', () => {
    const pending = new Subject<string>();
    const read = jest.fn(() => pending as Observable<string>);
    const sub = pollVersion(read, of(true), 1000).subscribe();

    jest.advanceTimersByTime(5000);
    expect(read).toHaveBeenCalledTimes(1);
    sub.unsubscribe();
  });
});

describe('versionChanges', () => {
  it('is 0 for the first version seen and counts each later change', () => {
    const versions = new Subject<string>();
    const counts: number[] = [];
    versionChanges(versions).subscribe((count) => counts.push(count));

    versions.next('10');
    versions.next('10');
    versions.next('11');
    versions.next('12');
    expect(counts).toEqual([0, 1, 2]);
  });
});

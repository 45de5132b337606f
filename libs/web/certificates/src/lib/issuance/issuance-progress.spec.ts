import { defer, delay, of } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';

import { isFinished, issuancePercent, pollIssuance } from './issuance-progress';

describe('issuance progress', () => {
  it('counts issued and failed certificates as settled, and a finished issuance as 100 %', () => {
    expect(issuancePercent({ status: 'QUEUED', total: 40, issued: 0, failed: 0 })).toBe(0);
    expect(issuancePercent({ status: 'RUNNING', total: 40, issued: 13, failed: 1 })).toBe(35);
    expect(issuancePercent({ status: 'RUNNING', total: 3, issued: 3, failed: 0 })).toBe(100);
    expect(issuancePercent({ status: 'FAILED', total: 40, issued: 38, failed: 2 })).toBe(100);
    expect(issuancePercent({ status: 'RUNNING', total: 10, issued: 12, failed: 0 })).toBe(100);
    expect(issuancePercent({ status: 'DONE', total: 0, issued: 0, failed: 0 })).toBe(100);
    expect(issuancePercent({ status: 'QUEUED', total: 0, issued: 0, failed: 0 })).toBe(0);
    expect(isFinished('DONE')).toBe(true);
    expect(isFinished('RUNNING')).toBe(false);
  });

  it('polls every interval until DONE or FAILED, and emits the final reading', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(
      ({ expectObservable }) => {
        const readings = ['QUEUED', 'RUNNING', 'RUNNING', 'DONE', 'DONE'];
        let calls = 0;
        const read = () => defer(() => of({ status: readings[calls++] }));
        expectObservable(pollIssuance(read, 1000)).toBe('a 999ms b 999ms c 999ms (d|)', {
          a: { status: 'QUEUED' },
          b: { status: 'RUNNING' },
          c: { status: 'RUNNING' },
          d: { status: 'DONE' },
        });
      },
    );
  });

  it('drops an answer that is overtaken by the next tick', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(
      ({ expectObservable }) => {
        let calls = 0;
        // The first answer takes 1.5 s: the second tick supersedes it.
        const read = () =>
          defer(() => {
            calls += 1;
            return calls === 1
              ? of({ status: 'RUNNING', n: 1 }).pipe(delay(1500))
              : of({ status: 'FAILED', n: calls });
          });
        expectObservable(pollIssuance(read, 1000)).toBe('1000ms (b|)', {
          b: { status: 'FAILED', n: 2 },
        });
      },
    );
  });
});

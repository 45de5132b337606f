import { ProgressReporter } from './progress-reporter';

describe('ProgressReporter', () => {
  it('prints a line every 5% when the output is not a terminal', () => {
    const lines: string[] = [];
    const progress = new ProgressReporter('records', 1000, { write: (t) => lines.push(t) });
    for (let done = 0; done <= 1000; done += 10) progress.update(done);
    progress.done('1,000 records');
    const percents = lines
      .filter((l) => l.startsWith('['))
      .map((l) => Number(/\]\s+(\d+)%/.exec(l)?.[1]));
    expect(percents.slice(0, 4)).toEqual([0, 5, 10, 15]);
    expect(percents.at(-1)).toBe(100);
    expect(lines.some((l) => l.includes('records 1,000/1,000'))).toBe(true);
    expect(lines.at(-1)).toBe('  1,000 records\n');
  });

  it('redraws one line on a terminal', () => {
    const out: string[] = [];
    const progress = new ProgressReporter('employees', 4, {
      isTTY: true,
      write: (t) => out.push(t),
    });
    progress.update(1);
    progress.update(2);
    progress.done();
    expect(out.slice(0, 3).every((t) => t.startsWith('\r['))).toBe(true);
    expect(out[1]).toContain(' 50% employees 2/4');
    expect(out.at(-1)).toBe('\n');
  });
});

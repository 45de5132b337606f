/** Where progress goes: the terminal by default, a list in tests. */
export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

const WIDTH = 30;

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/**
 * A progress bar for one stage (`[#########.....]  63% employees 63,000/100,000 12s, ~7s left`),
 * redrawn in place on a terminal and printed as a line every 5% otherwise (CI logs, pipes).
 */
export class ProgressReporter {
  private readonly started = Date.now();
  private lastShown = -1;

  constructor(
    private readonly stage: string,
    private readonly total: number,
    private readonly out: ProgressSink = process.stdout,
  ) {}

  update(done: number): void {
    const fraction = this.total > 0 ? Math.min(done / this.total, 1) : 1;
    const percent = Math.floor(fraction * 100);
    const tty = this.out.isTTY === true;
    if (!tty && percent < 100 && percent - this.lastShown < 5 && this.lastShown >= 0) return;
    if (percent === this.lastShown && !tty) return;
    this.lastShown = percent;
    const filled = Math.round(fraction * WIDTH);
    const elapsed = Date.now() - this.started;
    const left =
      fraction > 0 && fraction < 1 ? `, ~${duration(elapsed / fraction - elapsed)} left` : '';
    const line =
      `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}% ` +
      `${this.stage} ${done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} ` +
      `${duration(elapsed)}${left}`;
    this.out.write(tty ? `\r${line}\u001b[K` : `${line}\n`);
  }

  done(note = ''): void {
    this.update(this.total);
    if (this.out.isTTY) this.out.write('\n');
    if (note) this.out.write(`  ${note}\n`);
  }
}

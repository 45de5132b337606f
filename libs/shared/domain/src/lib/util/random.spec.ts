import { chance, createRng, pickOne, pickWeighted, randomInt } from './random';

describe('createRng', () => {
  it('is deterministic for a seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const seqA = Array.from({ length: 5 }, () => a());
    const seqB = Array.from({ length: 5 }, () => b());
    expect(seqA).toEqual(seqB);
  });

  it('gives different sequences for different seeds', () => {
    expect(createRng(1)()).not.toBe(createRng(2)());
  });

  it('stays in [0, 1) and spreads over the range', () => {
    const rng = createRng(7);
    const values = Array.from({ length: 10_000 }, () => rng());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    const lowQuarter = values.filter((v) => v < 0.25).length / values.length;
    expect(lowQuarter).toBeGreaterThan(0.23);
    expect(lowQuarter).toBeLessThan(0.27);
  });

  it('matches the reference mulberry32 output', () => {
    // Outputs of the widely copied reference implementation of mulberry32.
    const zero = createRng(0);
    expect([zero(), zero(), zero()]).toEqual([
      0.26642920868471265, 0.0003297457005828619, 0.2232720274478197,
    ]);
    const other = createRng(123456789);
    expect([other(), other()]).toEqual([0.2577907438389957, 0.9707721115555614]);
  });
});

describe('randomInt', () => {
  it('covers both bounds inclusively', () => {
    const rng = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      seen.add(randomInt(rng, 1, 4));
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('never exceeds max even when rng returns 1', () => {
    expect(randomInt(() => 1, 5, 9)).toBe(9);
    expect(randomInt(() => 0, 5, 9)).toBe(5);
  });

  it('rejects bad bounds', () => {
    expect(() => randomInt(Math.random, 3, 2)).toThrow(RangeError);
    expect(() => randomInt(Math.random, 1.5, 2)).toThrow(RangeError);
  });
});

describe('pickOne', () => {
  it('picks elements of the list', () => {
    const rng = createRng(9);
    const items = ['a', 'b', 'c'] as const;
    for (let i = 0; i < 50; i++) {
      expect(items).toContain(pickOne(rng, items));
    }
  });

  it('rejects an empty list', () => {
    expect(() => pickOne(Math.random, [])).toThrow(RangeError);
  });
});

describe('pickWeighted', () => {
  it('follows the weights and never picks a zero weight', () => {
    const rng = createRng(11);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++) {
      counts[pickWeighted(rng, { a: 3, b: 1, c: 0 })]++;
    }
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.6);
    expect(counts.a / counts.b).toBeLessThan(3.4);
  });

  it('handles rng values at the edges', () => {
    expect(pickWeighted(() => 0, { a: 0, b: 1 })).toBe('b');
    expect(pickWeighted(() => 0.9999999999999999, { a: 1, b: 1, c: 0 })).toBe('b');
  });

  it('rejects weights that are all zero', () => {
    expect(() => pickWeighted(Math.random, { a: 0 })).toThrow(RangeError);
  });
});

describe('chance', () => {
  it('respects the extremes', () => {
    const rng = createRng(5);
    expect(Array.from({ length: 100 }, () => chance(rng, 0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 100 }, () => chance(rng, 1)).every(Boolean)).toBe(true);
  });
});

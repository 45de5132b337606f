/** A source of uniform numbers in [0, 1), like `Math.random`. */
export type Rng = () => number;

/**
 * Seeded PRNG (mulberry32): the same seed always yields the same sequence, so demo data and
 * generated load-test populations are reproducible. Not for secrets: use a CSPRNG there.
 */
export function createRng(seed: number): Rng {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both inclusive. */
export function randomInt(rng: Rng, min: number, max: number): number {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
    throw new RangeError(`randomInt needs integers with min <= max, got ${min}..${max}`);
  }
  return min + Math.min(Math.floor(rng() * (max - min + 1)), max - min);
}

/** One element of a non-empty list, chosen uniformly. */
export function pickOne<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) {
    throw new RangeError('pickOne needs a non-empty list');
  }
  return items[randomInt(rng, 0, items.length - 1)];
}

/** One key chosen with probability proportional to its (non-negative) weight. */
export function pickWeighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, weight]) => sum + Math.max(weight, 0), 0);
  if (!(total > 0)) {
    throw new RangeError('pickWeighted needs at least one positive weight');
  }
  let point = rng() * total;
  let lastPositive = entries[0][0];
  for (const [key, weight] of entries) {
    if (weight > 0) {
      lastPositive = key;
      point -= weight;
      if (point < 0) {
        return key;
      }
    }
  }
  // Only reached through floating-point rounding when rng() is just below 1.
  return lastPositive;
}

/** True with the given probability (0..1). */
export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

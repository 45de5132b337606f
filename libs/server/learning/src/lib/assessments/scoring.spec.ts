import { isAnsweredCorrectly, scoreAttempt, shuffled } from './scoring';

describe('isAnsweredCorrectly', () => {
  it('needs exactly the correct set', () => {
    expect(isAnsweredCorrectly({ correctOptionIds: ['a'], selectedOptionIds: ['a'] })).toBe(true);
    expect(isAnsweredCorrectly({ correctOptionIds: ['a'], selectedOptionIds: ['b'] })).toBe(false);
    expect(isAnsweredCorrectly({ correctOptionIds: ['a'], selectedOptionIds: [] })).toBe(false);
    expect(
      isAnsweredCorrectly({ correctOptionIds: ['a', 'c'], selectedOptionIds: ['c', 'a'] }),
    ).toBe(true);
    expect(isAnsweredCorrectly({ correctOptionIds: ['a', 'c'], selectedOptionIds: ['a'] })).toBe(
      false,
    );
    expect(
      isAnsweredCorrectly({ correctOptionIds: ['a', 'c'], selectedOptionIds: ['a', 'b', 'c'] }),
    ).toBe(false);
  });

  it('does not count a repeated id twice', () => {
    expect(
      isAnsweredCorrectly({ correctOptionIds: ['a', 'c'], selectedOptionIds: ['a', 'a'] }),
    ).toBe(false);
  });
});

describe('scoreAttempt', () => {
  it('weights by points and rounds to two decimals', () => {
    const { score, correct } = scoreAttempt([
      { points: 1, correctOptionIds: ['a'], selectedOptionIds: ['a'] },
      { points: 1, correctOptionIds: ['b'], selectedOptionIds: ['a'] },
      { points: 1, correctOptionIds: ['c'], selectedOptionIds: [] },
    ]);
    expect(score).toBe(33.33);
    expect(correct).toEqual([true, false, false]);
    expect(
      scoreAttempt([
        { points: 3, correctOptionIds: ['a'], selectedOptionIds: ['a'] },
        { points: 1, correctOptionIds: ['b'], selectedOptionIds: [] },
      ]).score,
    ).toBe(75);
  });

  it('scores an empty test 0 and a perfect one 100', () => {
    expect(scoreAttempt([]).score).toBe(0);
    expect(
      scoreAttempt([{ points: 2, correctOptionIds: ['x'], selectedOptionIds: ['x'] }]).score,
    ).toBe(100);
  });
});

describe('shuffled', () => {
  it('permutes without losing or changing the input', () => {
    const input = [1, 2, 3, 4, 5];
    let seed = 7;
    const rnd = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % max;
    };
    const out = shuffled(input, rnd);
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5]);
  });

  it('is deterministic for a given random source', () => {
    expect(shuffled(['a', 'b', 'c'], () => 0)).toEqual(['b', 'c', 'a']);
  });
});

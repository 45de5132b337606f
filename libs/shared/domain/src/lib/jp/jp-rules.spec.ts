import {
  ANNUAL_JP_OBLIGATION,
  isValidJp,
  JP_MINUTES,
  jpProgress,
  jpToMinutes,
  MAX_JP,
  meetsJpObligation,
  minutesToJp,
  roundJp,
  sumJp,
} from './jp-rules';

describe('JP constants', () => {
  it('match the regulation', () => {
    expect(JP_MINUTES).toBe(45);
    expect(ANNUAL_JP_OBLIGATION).toBe(20);
    expect(MAX_JP).toBe(1000);
  });
});

describe('roundJp', () => {
  it.each([
    [2.2222, 2.22],
    [2.225, 2.23],
    [1.005, 1.01],
    [1.004999, 1],
    [-1.005, -1.01],
    [-0.001, 0],
    [0, 0],
    [19.999999999999996, 20],
  ])('%p -> %p', (value, expected) => {
    expect(roundJp(value)).toBe(expected);
  });

  it('never returns -0 and passes non-finite values through', () => {
    expect(Object.is(roundJp(-0.001), 0)).toBe(true);
    expect(roundJp(Number.NaN)).toBeNaN();
    expect(roundJp(Infinity)).toBe(Infinity);
  });
});

describe('minutesToJp', () => {
  it.each([
    [0, 0],
    [45, 1],
    [90, 2],
    [100, 2.22],
    [60, 1.33],
    [30, 0.67],
    [900, 20],
    [1, 0.02],
    [22.5, 0.5],
  ])('%p min -> %p JP', (minutes, jp) => {
    expect(minutesToJp(minutes)).toBe(jp);
  });

  it('rejects negative and non-finite minutes', () => {
    expect(() => minutesToJp(-1)).toThrow(RangeError);
    expect(() => minutesToJp(Number.NaN)).toThrow(RangeError);
    expect(() => minutesToJp(Infinity)).toThrow(RangeError);
  });
});

describe('jpToMinutes', () => {
  it('converts back to whole minutes', () => {
    expect(jpToMinutes(2)).toBe(90);
    expect(jpToMinutes(2.22)).toBe(100);
    expect(jpToMinutes(0)).toBe(0);
    expect(() => jpToMinutes(-1)).toThrow(RangeError);
  });
});

describe('isValidJp', () => {
  it.each([
    [1, true],
    [0.01, true],
    [0.1, true],
    [2.22, true],
    [32.5, true],
    [1000, true],
    [0.3, true],
    [0, false],
    [-2, false],
    [1000.01, false],
    [1.005, false],
    [0.001, false],
    [Number.NaN, false],
    [Infinity, false],
    ['2', false],
    [null, false],
  ])('%p -> %p', (value, expected) => {
    expect(isValidJp(value)).toBe(expected);
  });
});

describe('sumJp', () => {
  it('adds without floating-point drift', () => {
    expect(sumJp([0.1, 0.2])).toBe(0.3);
    expect(sumJp(Array.from({ length: 10 }, () => 2.22))).toBe(22.2);
    expect(sumJp(Array.from({ length: 200 }, () => 0.1))).toBe(20);
    expect(sumJp([])).toBe(0);
  });

  it('accepts any iterable', () => {
    expect(sumJp(new Set([1.5, 2.25]))).toBe(3.75);
  });
});

describe('jpProgress', () => {
  it.each([
    [0, 0],
    [5, 0.25],
    [10, 0.5],
    [20, 1],
    [45, 1],
    [-3, 0],
    [Number.NaN, 0],
    [Infinity, 1],
  ])('%p JP -> %p', (jp, share) => {
    expect(jpProgress(jp)).toBe(share);
  });

  it('takes another obligation', () => {
    expect(jpProgress(10, 40)).toBe(0.25);
  });

  it('rejects a non-positive obligation', () => {
    expect(() => jpProgress(10, 0)).toThrow(RangeError);
    expect(() => jpProgress(10, Number.NaN)).toThrow(RangeError);
  });
});

describe('meetsJpObligation', () => {
  it('is reached at exactly 20 JP', () => {
    expect(meetsJpObligation(20)).toBe(true);
    expect(meetsJpObligation(19.99)).toBe(false);
    expect(meetsJpObligation(19.999999999999996)).toBe(true);
    expect(meetsJpObligation(25)).toBe(true);
    expect(meetsJpObligation(8, 8)).toBe(true);
  });
});

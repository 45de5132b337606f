import { GenerateArgsError, parseGenerateArgs } from './generate-options';

describe('parseGenerateArgs', () => {
  it('reads both spellings and digit groups', () => {
    expect(
      parseGenerateArgs(['--employees', '100000', '--completions=1_000_000', '--seed', '7']),
    ).toEqual({
      employees: 100_000,
      completions: 1_000_000,
      seed: 7,
    });
    expect(parseGenerateArgs(['--completions', '1.000.000'], 1).completions).toBe(1_000_000);
    expect(parseGenerateArgs(['--employees', '100,000'], 42)).toEqual({
      employees: 100_000,
      completions: 0,
      seed: 42,
    });
  });

  it.each([
    [[], /say how many/],
    [['--employees'], /--employees must be a whole number/],
    [['--employees', '-5'], /--employees must be a whole number/],
    [['--employees', '1e5'], /--employees must be a whole number/],
    [['--employees', '1,5'], /--employees must be a whole number/],
    [['--completions', '999999999'], /--completions must be a whole number from 0 to 20000000/],
    [['--people', '3'], /unknown option --people/],
    [['100'], /unexpected argument "100"/],
  ])('refuses %j', (args, message) => {
    expect(() => parseGenerateArgs(args)).toThrow(GenerateArgsError);
    expect(() => parseGenerateArgs(args)).toThrow(message);
  });
});

import { checkInCodeMatches, newCheckInCode } from './check-in-code';

describe('check-in code', () => {
  it('is six unambiguous characters and differs between days', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newCheckInCode()));
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(codes.size).toBeGreaterThan(195);
  });

  it('accepts the code typed in lower case or with spaces, and nothing else', () => {
    expect(checkInCodeMatches('AB3XYZ', 'ab3 xyz')).toBe(true);
    expect(checkInCodeMatches('AB3XYZ', 'AB3XY')).toBe(false);
    expect(checkInCodeMatches('AB3XYZ', 'AB3XYY')).toBe(false);
    expect(checkInCodeMatches('AB3XYZ', '')).toBe(false);
  });
});

import {
  DEFAULT_NUMBER_PATTERN,
  formatCertificateNumber,
  numberPatternError,
} from './certificate-number';
import { isVerificationCode, newVerificationCode } from './verification-code';

describe('certificate numbers', () => {
  const parts = { seq: 7, year: 2026, month: 3, regionCode: '35.15' };

  it('pads {seq} to four digits in the default pattern', () => {
    expect(formatCertificateNumber(DEFAULT_NUMBER_PATTERN, parts)).toBe('800/0007/BKPSDM/2026');
    expect(formatCertificateNumber(DEFAULT_NUMBER_PATTERN, { ...parts, seq: 12345 })).toBe(
      '800/12345/BKPSDM/2026',
    );
  });

  it('prints the Roman month and the region code', () => {
    expect(formatCertificateNumber('{region}/{seq}/{month}/{year}', parts)).toBe(
      '35.15/0007/III/2026',
    );
  });

  it.each([
    ['800/{seq}/BKPSDM/{year}', null],
    ['800/BKPSDM/{year}', 'must contain {seq} exactly once'],
    ['{seq}/{seq}', 'must contain {seq} exactly once'],
    ['{seq}/{day}', 'may use only {seq}, {year}, {month} and {region}'],
    [' {seq}', 'must not be blank or padded'],
  ])('checks the pattern %p', (pattern, problem) => {
    expect(numberPatternError(pattern)).toBe(problem);
  });
});

describe('verification codes', () => {
  it('are 144 random bits in 24 base64url characters', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newVerificationCode()));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(isVerificationCode(code)).toBe(true);
    expect(Buffer.from([...codes][0], 'base64url')).toHaveLength(18);
  });

  it('rejects anything else', () => {
    expect(isVerificationCode('../../etc/passwd')).toBe(false);
    expect(isVerificationCode('A'.repeat(23))).toBe(false);
    expect(isVerificationCode('A'.repeat(23) + '=')).toBe(false);
  });
});

import { EMAIL_MAX_LENGTH, isValidEmail, normalizeEmail } from './email';

describe('isValidEmail', () => {
  it.each([
    'budi.santoso@jatimprov.go.id',
    'siti_rahayu@bkpsdm.banyuwangikab.go.id',
    'a@b.co',
    'first+tag@example.com',
    "o'neil@example.org",
    'user-name@sub-domain.example.id',
    'UPPER@EXAMPLE.COM',
    '123@456.id',
    'user@xn--mnchen-3ya.de',
    'user@domain.xn--p1ai',
  ])('accepts %p', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    '',
    'plainaddress',
    '@example.com',
    'user@',
    'user@localhost',
    'user@example',
    'user@example.c',
    'user@example.123',
    'user@-example.com',
    'user@example-.com',
    'user@exa_mple.com',
    'user@example..com',
    'user@.example.com',
    'user@example.com.',
    '.user@example.com',
    'user.@example.com',
    'us..er@example.com',
    'user name@example.com',
    ' user@example.com',
    'user@example.com ',
    'user@@example.com',
    'us@er@example.com',
    '"quoted"@example.com',
    'user@[127.0.0.1]',
    'budi@contoh.co.id\n',
    'pengguna@contoh.indonesia…',
    'ñandú@example.com',
  ])('rejects %p', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isValidEmail(undefined)).toBe(false);
    expect(isValidEmail(null)).toBe(false);
    expect(isValidEmail(42)).toBe(false);
  });

  it('enforces the length limits', () => {
    const label = 'a'.repeat(63);
    const domain = `${label}.${label}.${label}.${'b'.repeat(57)}.id`; // a 252-character domain
    const longest = `x@${domain}`;
    expect(longest.length).toBe(EMAIL_MAX_LENGTH);
    expect(isValidEmail(longest)).toBe(true);
    expect(isValidEmail(`xy@${domain}`)).toBe(false);
    expect(isValidEmail(`${'l'.repeat(64)}@example.com`)).toBe(true);
    expect(isValidEmail(`${'l'.repeat(65)}@example.com`)).toBe(false);
    expect(isValidEmail(`user@${'a'.repeat(64)}.com`)).toBe(false);
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Budi.Santoso@JatimProv.go.id ')).toBe('budi.santoso@jatimprov.go.id');
  });
});

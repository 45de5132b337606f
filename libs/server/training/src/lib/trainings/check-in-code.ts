import { randomInt, timingSafeEqual } from 'node:crypto';

/** No 0/O, 1/I/L: the code is read off a projector and typed on a phone. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 6;

/** A day's check-in code: 6 characters, ~30 bits, valid only inside that day's session window. */
export function newCheckInCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Case- and space-insensitive, in constant time. */
export function checkInCodeMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected.toUpperCase());
  const b = Buffer.from(given.replace(/\s+/g, '').toUpperCase());
  return a.length === b.length && timingSafeEqual(a, b);
}

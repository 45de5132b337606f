import { randomBytes } from 'node:crypto';

/** 144 random bits: above the 128 the contract asks, and a whole number of base64 characters. */
export const VERIFICATION_CODE_BYTES = 18;

/** The code printed under the QR code and used in public URLs: 24 base64url characters. */
export function newVerificationCode(): string {
  return randomBytes(VERIFICATION_CODE_BYTES).toString('base64url');
}

const CODE = /^[A-Za-z0-9_-]{24}$/;

/** Rejects anything that cannot be a code before it reaches the database or the storage. */
export function isVerificationCode(value: string): boolean {
  return CODE.test(value);
}

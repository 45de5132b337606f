import { sha256Bytes } from './sha256-fallback';

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The hex SHA-256 of a file's bytes, computed in the browser: with Web Crypto
 * (`crypto.subtle.digest`) where the page is a secure context, else with the bundled fallback.
 * The file never leaves the visitor's computer.
 */
export async function sha256Hex(
  data: ArrayBuffer,
  subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle,
): Promise<string> {
  if (subtle) {
    return toHex(new Uint8Array(await subtle.digest('SHA-256', data)));
  }
  return toHex(sha256Bytes(new Uint8Array(data)));
}

export type HashMatch =
  { kind: 'current' } | { kind: 'previous'; version: number } | { kind: 'mismatch' };

/**
 * Whether a dropped file is the certificate as issued: its current version, a superseded version
 * (reissued after a correction), or some other file (edited, or another certificate).
 */
export function matchIssued(
  hash: string,
  issued: {
    sha256: string | null;
    history: readonly { version: number; sha256: string | null }[];
  },
): HashMatch {
  const wanted = hash.trim().toLowerCase();
  if (issued.sha256 && issued.sha256.toLowerCase() === wanted) return { kind: 'current' };
  const old = issued.history.find((v) => v.sha256?.toLowerCase() === wanted);
  return old ? { kind: 'previous', version: old.version } : { kind: 'mismatch' };
}

/** A PDF by type or name: browsers leave `type` empty for some dragged files. */
export function looksLikePdf(file: Pick<File, 'name' | 'type'>): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

/** "9f86 d081 884c …": groups of four so a person can compare two hashes by eye. */
export function groupHex(hex: string): string {
  return hex.replace(/(.{4})(?=.)/g, '$1 ');
}

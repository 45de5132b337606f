import { createHash, webcrypto } from 'node:crypto';

import { groupHex, looksLikePdf, matchIssued, sha256Hex, toHex } from './pdf-hash';
import { sha256Bytes } from './sha256-fallback';

const encoder = new TextEncoder();

function buffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe('PDF hashing', () => {
  it('computes the standard SHA-256 test vectors without Web Crypto', () => {
    expect(toHex(sha256Bytes(encoder.encode('')))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(toHex(sha256Bytes(encoder.encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(
      toHex(
        sha256Bytes(encoder.encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')),
      ),
    ).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('agrees with Node on inputs around every block boundary', () => {
    for (const length of [55, 56, 63, 64, 65, 119, 120, 1000, 70_000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31 + length) & 0xff);
      expect(toHex(sha256Bytes(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('uses Web Crypto when the page has it, and the fallback gives the same answer', async () => {
    const bytes = encoder.encode('%PDF-1.7 sertifikat');
    const viaSubtle = await sha256Hex(buffer(bytes), webcrypto.subtle as unknown as SubtleCrypto);
    const viaFallback = await sha256Hex(buffer(bytes), undefined);
    expect(viaSubtle).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(viaFallback).toBe(viaSubtle);
  });

  it('tells the issued file from an older version and from anything else', () => {
    const issued = {
      sha256: 'AA11',
      history: [
        { version: 2, sha256: 'bb22' },
        { version: 1, sha256: null },
      ],
    };
    expect(matchIssued('aa11', issued)).toEqual({ kind: 'current' });
    expect(matchIssued(' BB22 ', issued)).toEqual({ kind: 'previous', version: 2 });
    expect(matchIssued('cc33', issued)).toEqual({ kind: 'mismatch' });
    expect(matchIssued('cc33', { sha256: null, history: [] })).toEqual({ kind: 'mismatch' });
  });

  it('recognises PDFs by type or extension and groups hex for reading', () => {
    expect(looksLikePdf({ name: 'x.bin', type: 'application/pdf' })).toBe(true);
    expect(looksLikePdf({ name: 'SERTIFIKAT.PDF', type: '' })).toBe(true);
    expect(looksLikePdf({ name: 'foto.png', type: 'image/png' })).toBe(false);
    expect(groupHex('0123456789ab')).toBe('0123 4567 89ab');
  });
});

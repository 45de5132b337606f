import { createHash, generateKeyPairSync, verify } from 'node:crypto';

import type { Certificate } from '../certificates/certificate.entity';
import { canonicalize } from './jcs';
import { base58btc, decodeBase58btc, ed25519DidKey } from './multibase';
import { openBadgeCredential, signEddsaJcs2022 } from './open-badge-credential';

describe('JCS and base58', () => {
  it('canonicalizes with sorted keys and no whitespace', () => {
    expect(canonicalize({ b: [1, 'x', null, true], a: { d: 1.5, c: 'é' } })).toBe(
      '{"a":{"c":"é","d":1.5},"b":[1,"x",null,true]}',
    );
  });

  it('round-trips base58btc, leading zeros included', () => {
    const bytes = Uint8Array.from([0, 0, 1, 2, 255, 128]);
    expect(decodeBase58btc(base58btc(bytes))).toEqual(bytes);
    expect(base58btc(Uint8Array.from([0]))).toBe('1');
  });

  it('makes did:key identifiers of the z6Mk form', () => {
    expect(ed25519DidKey(new Uint8Array(32))).toMatch(/^did:key:z6Mk/);
  });
});

describe('OpenBadgeCredential', () => {
  const certificate = {
    code: 'Zk3mQ0pYt7s8AbCdEfGhIjKl',
    issuedOn: '2026-03-14',
    content: {
      regionName: 'Kabupaten Sidoarjo',
      issuerName: 'BKPSDM',
      holderName: 'Siti Aminah',
      holderNip: '198503152010012001',
      courseTitle: 'Literasi Data',
      trainingTitle: 'Bimtek Literasi Data',
      competency: 'TECHNICAL',
      level: 2,
      jp: 24,
      startDate: '2026-03-10',
      endDate: '2026-03-12',
      place: null,
    },
  } as unknown as Certificate;

  it('aligns the achievement to the competency, with the JP as credits, and signs it (eddsa-jcs-2022)', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url');
    const unsigned = openBadgeCredential(certificate, 'https://lms.example.go.id', raw);
    const signed = signEddsaJcs2022(unsigned, privateKey, raw, new Date('2026-03-14T03:00:00Z'));
    const subject = signed['credentialSubject'] as { achievement: Record<string, unknown> };
    expect(subject.achievement['creditsAvailable']).toBe(24);
    expect(JSON.stringify(subject)).not.toContain('198503152010012001');
    const { proof, ...body } = signed as { proof: Record<string, string> };
    const { proofValue, ...options } = proof;
    const data = Buffer.concat([
      createHash('sha256').update(canonicalize(options)).digest(),
      createHash('sha256').update(canonicalize(body)).digest(),
    ]);
    expect(verify(null, data, publicKey, decodeBase58btc(proofValue.slice(1)))).toBe(true);
    expect(signEddsaJcs2022(unsigned, privateKey, raw, new Date('2026-03-14T03:00:00Z'))).toEqual(
      signed,
    );
  });
});

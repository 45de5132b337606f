import { createHash, type KeyObject, sign } from 'node:crypto';

import { competencyLabel } from '@lms/shared/domain';

import type { Certificate } from '../certificates/certificate.entity';
import { canonicalize } from './jcs';
import { base58btc, ed25519DidKey } from './multibase';

export const OB3_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
];

export type JsonObject = { [key: string]: unknown };

/**
 * The certificate as an Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential 2.0):
 * issuer the region (its did:key), achievement the course aligned to its ASN competency, the
 * course's JP as `creditsAvailable` and `creditsEarned`.
 */
export function openBadgeCredential(
  certificate: Certificate,
  publicUrl: string,
  publicKey: Uint8Array,
): JsonObject {
  const c = certificate.content;
  const did = ed25519DidKey(publicKey);
  const competency = competencyLabel(c.competency, 'id');
  const nipHash = createHash('sha256')
    .update(c.holderNip + certificate.code)
    .digest('hex');
  return {
    '@context': OB3_CONTEXT,
    id: `${publicUrl}/certificates/${certificate.code}/badge.json`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Sertifikat ${c.courseTitle}`,
    issuer: {
      id: did,
      type: ['Profile'],
      name: `${c.issuerName}, ${c.regionName}`,
      url: publicUrl,
    },
    validFrom: `${certificate.issuedOn}T00:00:00Z`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: c.holderName },
        // The NIP is hashed (salted with the code): the holder can prove it, nobody can read it.
        {
          type: 'IdentityObject',
          identityType: 'identifier',
          hashed: true,
          identityHash: `sha256$${nipHash}`,
          salt: certificate.code,
        },
      ],
      creditsEarned: c.jp,
      achievement: {
        id: `${publicUrl}/certificates/${certificate.code}#achievement`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: c.courseTitle,
        description: `${c.trainingTitle}: ${c.jp} JP, ${c.startDate} – ${c.endDate}${c.place ? `, ${c.place}` : ''}`,
        criteria: {
          narrative:
            'Menyelesaikan pelatihan sesuai ketentuan kehadiran (dan post-test bila ada). / Completed the training under its attendance (and post-test) rules.',
        },
        creditsAvailable: c.jp,
        fieldOfStudy: `Kompetensi ${competency}`,
        alignment: [
          {
            type: ['Alignment'],
            targetType: 'ceasn:Competency',
            targetName: `Kompetensi ${competency}${c.level ? ` level ${c.level}` : ''}`,
            targetCode: c.level ? `${c.competency}-${c.level}` : c.competency,
            targetFramework: 'Standar Kompetensi ASN (PermenPANRB 38/2017)',
            targetUrl: `${publicUrl}/competencies/${c.competency}`,
          },
        ],
      },
    },
  };
}

/**
 * Adds a Data Integrity proof with the `eddsa-jcs-2022` cryptosuite: Ed25519 over
 * SHA-256(JCS(proof options)) ‖ SHA-256(JCS(credential)). Deterministic (Ed25519 and a fixed
 * `created`), so the same certificate always yields the same signed JSON.
 */
export function signEddsaJcs2022(
  credential: JsonObject,
  privateKey: KeyObject,
  publicKey: Uint8Array,
  created: Date,
): JsonObject {
  const did = ed25519DidKey(publicKey);
  const proofOptions = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    verificationMethod: `${did}#${did.slice('did:key:'.length)}`,
    proofPurpose: 'assertionMethod',
    '@context': credential['@context'],
  };
  const hash = (value: unknown) => createHash('sha256').update(canonicalize(value)).digest();
  const signature = sign(null, Buffer.concat([hash(proofOptions), hash(credential)]), privateKey);
  return { ...credential, proof: { ...proofOptions, proofValue: `z${base58btc(signature)}` } };
}

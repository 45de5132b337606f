import { createHash, createPublicKey, verify } from 'node:crypto';

import { Role } from '@lms/shared/domain';

import {
  buildWorker,
  type CertificateRow,
  CertificationFixtures,
  MY_CERTIFICATES,
  REISSUE,
  REVOKE,
  VERIFY,
  waitFor,
  WorkerProcess,
} from '../support/certification-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import type { TrainingWorld } from '../support/training-fixtures';

/** did:key (Ed25519) → the public key, to check a badge's proof the way a verifier would. */
function didKeyToPublicKey(did: string) {
  const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = 0n;
  for (const ch of did.replace(/^did:key:z/, '')) n = n * 58n + BigInt(ALPHABET.indexOf(ch));
  const bytes = Buffer.from(n.toString(16).padStart(68, '0'), 'hex');
  expect([...bytes.subarray(0, 2)]).toEqual([0xed, 0x01]);
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: bytes.subarray(2).toString('base64url') },
    format: 'jwk',
  });
}

function base58Decode(text: string): Buffer {
  const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = 0n;
  for (const ch of text) n = n * 58n + BigInt(ALPHABET.indexOf(ch));
  return Buffer.from(n.toString(16).padStart(128, '0'), 'hex');
}

function jcs(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${jcs((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('Certificates (API + real worker process)', () => {
  let t: TestApp;
  let fx: CertificationFixtures;
  let world: TrainingWorld;
  let worker: WorkerProcess;

  beforeAll(async () => {
    await buildWorker();
    // One proxy hop, so the rate-limit test can speak from several client addresses.
    t = await startTestApp({ PUBLIC_URL: 'https://lms.example.go.id', TRUST_PROXY: '1' });
    fx = new CertificationFixtures(t);
    world = await fx.world();
    worker = new WorkerProcess();
  }, 180_000);

  afterAll(async () => {
    await worker?.kill();
    await t?.close();
  });

  it('rate-limits verification and downloads per IP', async () => {
    process.env['CERTIFICATE_RATE_LIMIT_PER_MINUTE'] = '3';
    try {
      const code = 'BBBBBBBBBBBBBBBBBBBBBBBB';
      const headers = { 'x-forwarded-for': '203.0.113.9' };
      for (let i = 0; i < 3; i++) {
        const ok = await t.gql.request(VERIFY, { code }, { headers });
        expect(ok.errors).toBeUndefined();
      }
      const limited = await t.gql.request(VERIFY, { code }, { headers });
      expect(limited.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      for (let i = 0; i < 3; i++) {
        expect((await fetch(`${t.url}/certificates/${code}.pdf`, { headers })).status).toBe(404);
      }
      const blocked = await fetch(`${t.url}/certificates/${code}.pdf`, { headers });
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
      // Another address has its own budget.
      const other = await t.gql.request(
        VERIFY,
        { code },
        { headers: { 'x-forwarded-for': '203.0.113.10' } },
      );
      expect(other.errors).toBeUndefined();
    } finally {
      delete process.env['CERTIFICATE_RATE_LIMIT_PER_MINUTE'];
    }
  });

  it('serves the PDF, verifies it, signs the badge, revokes and reissues under the same code', async () => {
    const { trainingId, nips } = await fx.completedClass(world, 3);
    const issuance = await fx.issue(world.organizerA, trainingId);
    await worker.start();
    await fx.waitDone(world.organizerA, issuance.id);
    const [cert] = (await fx.certificates(world.organizerA, trainingId)) as CertificateRow[];

    const res = await fetch(`${t.url}${cert.pdfUrl}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(cert.sha256);

    const verified = await t.gql.ok<{ verifyCertificate: Record<string, unknown> }>(VERIFY, {
      code: cert.code,
    });
    expect(verified.verifyCertificate).toMatchObject({
      valid: true,
      status: 'VALID',
      number: cert.number,
      holderName: cert.holderName,
      courseTitle: expect.stringContaining('Bimtek'),
      jp: 24,
      competency: 'TECHNICAL',
      sha256: cert.sha256,
      pdfUrl: cert.pdfUrl,
    });
    expect(nips).toContain(verified.verifyCertificate['holderNip']);

    const badgeRes = await fetch(`${t.url}${cert.badgeUrl}`);
    expect(badgeRes.status).toBe(200);
    const badge = (await badgeRes.json()) as {
      type: string[];
      issuer: { id: string };
      credentialSubject: {
        achievement: { creditsAvailable: number; alignment: { targetCode: string }[] };
      };
      proof: { cryptosuite: string; proofValue: string };
      [key: string]: unknown;
    };
    expect(badge.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(badge.credentialSubject.achievement.creditsAvailable).toBe(24);
    expect(badge.credentialSubject.achievement.alignment[0].targetCode).toMatch(/^TECHNICAL/);
    const { proof, ...unsigned } = badge;
    expect(proof.cryptosuite).toBe('eddsa-jcs-2022');
    const { proofValue, ...options } = proof;
    const data = Buffer.concat([
      createHash('sha256').update(jcs(options)).digest(),
      createHash('sha256').update(jcs(unsigned)).digest(),
    ]);
    const key = didKeyToPublicKey(badge.issuer.id);
    expect(verify(null, data, key, base58Decode(proofValue.slice(1)))).toBe(true);
    unsigned['name'] = 'Forged';
    const forged = Buffer.concat([
      createHash('sha256').update(jcs(options)).digest(),
      createHash('sha256').update(jcs(unsigned)).digest(),
    ]);
    expect(verify(null, forged, key, base58Decode(proofValue.slice(1)))).toBe(false);

    // Holders see their own certificates, and only theirs.
    const holder = await fx.training.f.user(`holder-${cert.code.slice(0, 6)}`, [Role.LEARNER], {
      employeeNip: cert.holderNip,
    });
    const mine = await t.gql.ok<{ myCertificates: { code: string; pdfUrl: string }[] }>(
      MY_CERTIFICATES,
      {},
      holder,
    );
    expect(mine.myCertificates.map((c) => c.code)).toEqual([cert.code]);
    const others = await t.gql.ok<{ myCertificates: unknown[] }>(
      MY_CERTIFICATES,
      {},
      world.learners[0],
    );
    expect(others.myCertificates).toEqual([]);

    // The organizer downloads the whole class as one ZIP of the stored PDFs.
    const zipRes = await fetch(`${t.url}/certificates/training/${trainingId}.zip`, {
      headers: { authorization: `Bearer ${world.organizerA}` },
    });
    expect(zipRes.status).toBe(200);
    expect(zipRes.headers.get('content-type')).toBe('application/zip');
    const zip = Buffer.from(await zipRes.arrayBuffer());
    expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(zip.includes(pdf)).toBe(true);
    expect((await fetch(`${t.url}/certificates/training/${trainingId}.zip`)).status).toBe(401);
    const foreignZip = await fetch(`${t.url}/certificates/training/${trainingId}.zip`, {
      headers: { authorization: `Bearer ${world.organizerB}` },
    });
    expect(foreignZip.status).toBe(404);

    const blank = await t.gql.fails(REVOKE, { id: cert.id, reason: '   ' }, world.organizerA);
    expect(blank.extensions?.code).toBe('BAD_USER_INPUT');
    expect(blank.extensions?.field).toBe('reason');
    const foreign = await t.gql.fails(
      REVOKE,
      { id: cert.id, reason: 'Data salah' },
      world.organizerB,
    );
    expect(foreign.extensions?.code).toBe('NOT_FOUND');

    const revoked = await t.gql.ok<{ revokeCertificate: Record<string, unknown> }>(
      REVOKE,
      { id: cert.id, reason: 'Nama peserta salah ketik' },
      world.organizerA,
    );
    expect(revoked.revokeCertificate).toMatchObject({
      status: 'REVOKED',
      revokeReason: 'Nama peserta salah ketik',
    });
    const afterRevoke = await t.gql.ok<{ verifyCertificate: Record<string, unknown> }>(VERIFY, {
      code: cert.code,
    });
    expect(afterRevoke.verifyCertificate).toMatchObject({
      valid: false,
      status: 'REVOKED',
      revokeReason: 'Nama peserta salah ketik',
      number: cert.number,
      sha256: cert.sha256,
    });
    expect(afterRevoke.verifyCertificate['revokedAt']).toEqual(expect.any(String));
    expect((await fetch(`${t.url}${cert.pdfUrl}`)).status).toBe(200);
    expect((await fetch(`${t.url}${cert.badgeUrl}`)).status).toBe(410);
    const twice = await t.gql.fails(REVOKE, { id: cert.id, reason: 'lagi' }, world.organizerA);
    expect(twice.extensions?.code).toBe('CONFLICT');

    // A correction: the holder's name was misspelt in the employee records.
    await t.dataSource.query(`UPDATE employees SET full_name = $2 WHERE nip = $1`, [
      cert.holderNip,
      `${cert.holderName} (diperbaiki)`,
    ]);
    const reissued = await t.gql.ok<{ reissueCertificate: Record<string, unknown> }>(
      REISSUE,
      { id: cert.id, reason: 'Nama diperbaiki' },
      world.organizerA,
    );
    expect(reissued.reissueCertificate).toMatchObject({
      code: cert.code,
      number: cert.number,
      version: 2,
      status: 'VALID',
    });
    const v2 = await waitFor('the reissued version to be rendered', async () => {
      const r = await t.gql.ok<{
        verifyCertificate: {
          version: number;
          sha256: string | null;
          holderName: string;
          history: unknown[];
        };
      }>(VERIFY, { code: cert.code });
      return r.verifyCertificate.version === 2 && r.verifyCertificate.sha256
        ? r.verifyCertificate
        : undefined;
    });
    expect(v2.sha256).not.toBe(cert.sha256);
    expect(v2.holderName).toBe(`${cert.holderName} (diperbaiki)`);
    expect(v2.history).toEqual([
      { version: 1, sha256: cert.sha256, reissueReason: 'Nama diperbaiki' },
    ]);
    const pdf2 = Buffer.from(await (await fetch(`${t.url}${cert.pdfUrl}`)).arrayBuffer());
    expect(createHash('sha256').update(pdf2).digest('hex')).toBe(v2.sha256);

    // Each write left its audit event, under the organizer who made it.
    const events: { action: string; entity_id: string; username: string; summary: unknown }[] =
      await t.dataSource.query(
        `SELECT action, entity_id, actor_username AS username, summary FROM audit_events
          WHERE entity_type IN ('Certificate', 'CertificateIssuance') ORDER BY occurred_at, id`,
      );
    expect(events.filter((e) => e.entity_id === cert.id)).toEqual([
      expect.objectContaining({
        action: 'revokeCertificate',
        summary: expect.objectContaining({ reason: 'Nama peserta salah ketik', version: 1 }),
      }),
      expect.objectContaining({
        action: 'reissueCertificate',
        summary: expect.objectContaining({ reason: 'Nama diperbaiki', version: 2 }),
      }),
    ]);
    expect(events.map((e) => e.action)).toContain('issueCertificates');
    expect(new Set(events.map((e) => e.username)).size).toBe(1);
  });
  it("prints the region's own numbering pattern, signatory and logo", async () => {
    const SETTINGS = `mutation($input: CertificateSettingsInput!) {
      updateCertificateSettings(input: $input) { regionId numberPattern signatoryName signatoryNip hasLogo }
    }`;
    const base = {
      regionId: world.regionA,
      issuerName: 'Badan Kepegawaian dan Pengembangan SDM',
      cityOfIssue: 'Sidoarjo',
      signatoryName: 'Drs. H. Ahmad Fauzi, M.Si.',
      signatoryPosition: 'Kepala BKPSDM',
      signatoryNip: '19700101 199503 1 002',
    };
    const bad = await t.gql.fails(
      SETTINGS,
      { input: { ...base, numberPattern: '800/BKPSDM/{year}' } },
      world.organizerA,
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'numberPattern' });
    const foreign = await t.gql.fails(SETTINGS, { input: base }, world.organizerB);
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const saved = await t.gql.ok<{ updateCertificateSettings: Record<string, unknown> }>(
      SETTINGS,
      {
        input: { ...base, numberPattern: 'BKPSDM-{region}/{seq}/{month}/{year}', logoBase64: png },
      },
      world.organizerA,
    );
    expect(saved.updateCertificateSettings).toMatchObject({
      signatoryNip: '197001011995031002',
      hasLogo: true,
    });

    const { trainingId } = await fx.completedClass(world, 1);
    await worker.start();
    const issuance = await fx.issue(world.organizerA, trainingId);
    await fx.waitDone(world.organizerA, issuance.id);
    const [cert] = await fx.certificates(world.organizerA, trainingId);
    expect(cert.number).toMatch(/^BKPSDM-35\.\d+\/\d{4}\/[IVX]+\/\d{4}$/);
    const verified = await t.gql.ok<{ verifyCertificate: Record<string, unknown> }>(
      `query($code: String!) { verifyCertificate(code: $code) { signatoryName signatoryPosition issuedCity } }`,
      { code: cert.code },
    );
    expect(verified.verifyCertificate).toEqual({
      signatoryName: 'Drs. H. Ahmad Fauzi, M.Si.',
      signatoryPosition: 'Kepala BKPSDM',
      issuedCity: 'Sidoarjo',
    });
    const pdf = Buffer.from(await (await fetch(`${t.url}${cert.pdfUrl}`)).arrayBuffer());
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
  });
});

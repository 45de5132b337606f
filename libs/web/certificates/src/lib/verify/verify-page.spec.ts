import { createHash } from 'node:crypto';

import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';
import { of } from 'rxjs';

import { CertificateService, type Verification } from '../data-access/certificate.service';
import { CERTIFICATES_ID } from '../i18n/certificates.id';
import { provideCertificateIcons } from '../shared/certificate-icons';
import { VerifyPage } from './verify-page';

const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF');
const pdfHash = createHash('sha256').update(pdf).digest('hex');

function verification(overrides: Partial<Verification>): Verification {
  return {
    valid: true,
    status: 'VALID',
    code: 'kode-uji',
    number: '800/0007/BKPSDM/2026',
    version: 1,
    issuedOn: '2026-12-05',
    issuedCity: 'Banyuwangi',
    holderName: 'Siti Aminah',
    holderNip: '198503152010012001',
    holderGrade: 'III/a',
    holderPosition: 'Analis Kebijakan',
    holderAgency: 'Dinas Komunikasi, Informatika dan Persandian',
    courseTitle: 'Literasi Data untuk ASN',
    trainingTitle: 'Literasi Data Angkatan I',
    competency: 'TECHNICAL',
    level: 2,
    jp: 24,
    startDate: '2026-11-16',
    endDate: '2026-11-20',
    place: 'Aula BKPSDM',
    predikat: 'Sangat Baik',
    regionName: 'Kabupaten Banyuwangi',
    issuerName: 'BKPSDM Kabupaten Banyuwangi',
    signatoryName: 'Drs. Bambang',
    signatoryPosition: 'Kepala BKPSDM',
    sha256: pdfHash,
    revokedAt: null,
    revokeReason: null,
    pdfUrl: '/certificates/kode-uji.pdf',
    badgeUrl: '/certificates/kode-uji/badge.json',
    history: [],
    ...overrides,
  };
}

async function render(answer: Verification) {
  TestBed.configureTestingModule({
    imports: [VerifyPage, translocoTesting({ id: { certificates: CERTIFICATES_ID }, en: {} })],
    providers: [
      provideRouter([]),
      provideLmsIcons(),
      provideCertificateIcons(),
      { provide: CertificateService, useValue: { verify: jest.fn(() => of(answer)) } },
    ],
  });
  const fixture = TestBed.createComponent(VerifyPage);
  fixture.componentRef.setInput('code', 'kode-uji');
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await fixture.whenStable();
  };
  await settle();
  return { fixture, element, settle };
}

const byTestId = (element: HTMLElement, id: string) =>
  element.querySelector<HTMLElement>(`[data-testid="${id}"]`);

function drop(element: HTMLElement, file: File): void {
  const zone = byTestId(element, 'pdf-drop-zone');
  const event = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent;
  Object.defineProperty(event, 'dataTransfer', { value: { files: [file] } });
  zone?.dispatchEvent(event);
}

function fileOf(bytes: Uint8Array<ArrayBuffer>, name: string): File {
  const file = new File([bytes], name, { type: 'application/pdf' });
  // jsdom's Blob lacks arrayBuffer(); a browser's File has it.
  Object.defineProperty(file, 'arrayBuffer', {
    value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
  return file;
}

describe('VerifyPage', () => {
  it('shows a valid certificate with every field and its SHA-256', async () => {
    const { element } = await render(verification({}));
    expect(byTestId(element, 'verify-status')?.dataset['status']).toBe('VALID');
    expect(byTestId(element, 'verify-status-text')?.textContent).toContain('SAH');
    const fields = byTestId(element, 'verify-fields')?.textContent ?? '';
    for (const expected of [
      'Siti Aminah',
      '198503152010012001',
      'III/a',
      'Analis Kebijakan',
      'Literasi Data untuk ASN',
      '800/0007/BKPSDM/2026',
      'Sangat Baik',
      'Drs. Bambang',
      '16–20 November 2026',
    ]) {
      expect(fields).toContain(expected);
    }
    expect(byTestId(element, 'verify-sha256')?.dataset['sha256']).toBe(pdfHash);
  });

  it('shows a revoked certificate as REVOKED with its reason', async () => {
    const { element } = await render(
      verification({
        valid: false,
        status: 'REVOKED',
        revokedAt: '2026-12-06T02:30:00Z',
        revokeReason: 'Data NIP salah ketik',
      }),
    );
    expect(byTestId(element, 'verify-status')?.dataset['status']).toBe('REVOKED');
    expect(byTestId(element, 'verify-status-text')?.textContent).toContain('DICABUT');
    expect(byTestId(element, 'revocation')?.textContent).toContain('2026');
    expect(byTestId(element, 'revoke-reason')?.textContent).toBe('Data NIP salah ketik');
  });

  it('says an unknown code matches no certificate', async () => {
    const { element } = await render({ ...verification({}), valid: false, status: null });
    expect(byTestId(element, 'verify-status')?.dataset['status']).toBe('UNKNOWN');
    expect(byTestId(element, 'verify-fields')).toBeNull();
  });

  it('hashes a dropped PDF in the browser and tells the issued file from an edited one', async () => {
    const { element, settle } = await render(verification({}));
    drop(element, fileOf(pdf, 'sertifikat.pdf'));
    await settle();
    expect(byTestId(element, 'file-check')?.dataset['match']).toBe('current');
    expect(byTestId(element, 'file-check')?.textContent).toContain('COCOK');

    const edited = new Uint8Array(pdf);
    edited[10] ^= 1;
    drop(element, fileOf(edited, 'sertifikat-diubah.pdf'));
    await settle();
    expect(byTestId(element, 'file-check')?.dataset['match']).toBe('mismatch');
    expect(byTestId(element, 'file-check')?.textContent).toContain('TIDAK COCOK');

    drop(element, new File(['x'], 'foto.png', { type: 'image/png' }));
    await settle();
    expect(byTestId(element, 'file-check')?.textContent).toContain('bukan PDF');
  });
});

import { inflateSync } from 'node:zlib';

import type { CertificateRenderInput } from './certificate-content';
import { CertificateRenderer } from './certificate-renderer';

const input: CertificateRenderInput = {
  content: {
    regionName: 'Kabupaten Sidoarjo',
    issuerName: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    holderName: 'Ni Putu Ayu Wahyuningsih Ščęśń, S.Kom.',
    holderNip: '198503152010011001',
    holderGrade: 'Penata Muda (III/a)',
    holderPosition: 'Analis Kebijakan',
    holderAgency: 'Dinas Komunikasi dan Informatika',
    courseTitle: 'Transformasi Digital',
    trainingTitle: 'Bimtek Transformasi Digital Angkatan II',
    competency: 'TECHNICAL',
    level: 3,
    jp: 32,
    startDate: '2026-03-10',
    endDate: '2026-03-13',
    place: 'Aula BKPSDM',
    postTestScore: 93,
    predikat: 'Sangat Memuaskan',
    issuedCity: 'Sidoarjo',
    signatoryName: 'Drs. H. Ahmad Fauzi, M.Si.',
    signatoryPosition: 'Kepala BKPSDM',
    signatoryNip: '197001011995031002',
  },
  number: '800/0001/BKPSDM/2026',
  code: 'Zk3mQ0pYt7s8AbCdEfGhIjKl',
  issuedOn: '2026-03-14',
  verifyUrl: 'https://lms.example.go.id/verify/Zk3mQ0pYt7s8AbCdEfGhIjKl',
  logo: null,
};

/** The text of the page: PDFKit writes it as hex glyph ids, so read the ToUnicode maps back. */
function pageText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      return '';
    }
  });
  return streams.join('\n');
}

describe('CertificateRenderer', () => {
  const renderer = new CertificateRenderer();

  it('renders an A4 landscape PDF with embedded fonts and a vector QR code', async () => {
    const pdf = await renderer.render(input);
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(raw).toContain('/FontFile2');
    expect(raw).toContain('DejaVuSans');
    expect(raw).not.toContain('/Helvetica');
    expect(raw).not.toContain('/Subtype /Image');
    // Hundreds of filled rectangles: the QR code's runs.
    expect((pageText(pdf).match(/ re\n/g) ?? []).length).toBeGreaterThan(150);
  });

  it('embeds a logo when the region has one', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const pdf = await renderer.render({ ...input, logo: png });
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
  });
});

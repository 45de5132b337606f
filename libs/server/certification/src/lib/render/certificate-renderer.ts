import { competencyLabel } from '@lms/shared/domain';
import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';

import type { CertificateRenderInput } from './certificate-content';
import { type FontName, loadCertificateFonts } from './certificate-fonts';
import { formatIndonesianDate, formatIndonesianDateRange } from './indonesian-date';
import { drawVectorQr } from './vector-qr';

/** A4 landscape in PDF points. */
const PAGE = { width: 841.89, height: 595.28 } as const;
const MARGIN = 36;
const INK = '#1a2a44';
const MUTED = '#55607a';
const ACCENT = '#8a6d1d';
const QR_SIZE = 92;

/** `198503152010011001` → `19850315 201001 1 001`, as a NIP is printed. */
export function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip)
    ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`
    : nip;
}

function formatJp(jp: number): string {
  return Number.isInteger(jp) ? String(jp) : jp.toFixed(2).replace(/0$/, '').replace('.', ',');
}

/**
 * Draws the certificate template with PDFKit. One instance per process: the fonts are parsed once
 * and shared by every document (PDFKit still embeds only the glyphs each document uses).
 */
export class CertificateRenderer {
  private readonly fonts: Record<FontName, Font>;

  constructor(fonts?: Record<FontName, Font>) {
    this.fonts = fonts ?? loadCertificateFonts();
  }

  render(input: CertificateRenderInput): Promise<Buffer> {
    const { content: c } = input;
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 0,
      // No default font: PDFKit would otherwise parse Helvetica's metrics for every document.
      font: '',
      info: {
        Title: `Sertifikat ${input.number}`,
        Author: `${c.issuerName}, ${c.regionName}`,
        Subject: c.courseTitle,
        Creator: 'LMS ASN',
        // Fixed dates keep a re-rendered PDF's metadata equal to the first rendering's.
        CreationDate: new Date(`${input.issuedOn}T00:00:00Z`),
        ModDate: new Date(`${input.issuedOn}T00:00:00Z`),
      },
    });
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    // PDFKit accepts a parsed fontkit font; its typings only list paths and buffers.
    doc.registerFont('regular', this.fonts.regular as unknown as Buffer);
    doc.registerFont('bold', this.fonts.bold as unknown as Buffer);

    this.drawFrame(doc);
    this.drawHeader(doc, input);
    this.drawHolder(doc, input);
    this.drawTraining(doc, input);
    this.drawVerification(doc, input);
    this.drawSignature(doc, input);
    doc.end();
    return done;
  }

  private drawFrame(doc: PDFKit.PDFDocument): void {
    doc.lineWidth(2.5).strokeColor(ACCENT);
    doc.rect(
      MARGIN - 14,
      MARGIN - 14,
      PAGE.width - 2 * (MARGIN - 14),
      PAGE.height - 2 * (MARGIN - 14),
    );
    doc.stroke();
    doc.lineWidth(0.8).strokeColor(INK);
    doc.rect(MARGIN - 8, MARGIN - 8, PAGE.width - 2 * (MARGIN - 8), PAGE.height - 2 * (MARGIN - 8));
    doc.stroke();
  }

  private drawHeader(
    doc: PDFKit.PDFDocument,
    { content: c, logo, number }: CertificateRenderInput,
  ): void {
    const width = PAGE.width - 2 * MARGIN;
    if (logo) {
      doc.image(logo, MARGIN + 20, MARGIN + 6, { fit: [64, 64] });
    }
    doc.fillColor(INK);
    this.fitted(
      doc,
      'bold',
      `PEMERINTAH ${c.regionName.toUpperCase()}`,
      15,
      width - 200,
      MARGIN + 12,
    );
    this.fitted(doc, 'regular', c.issuerName.toUpperCase(), 11.5, width - 200, MARGIN + 33);
    doc.moveTo(MARGIN + 90, MARGIN + 80).lineTo(PAGE.width - MARGIN - 90, MARGIN + 80);
    doc.lineWidth(1).strokeColor(ACCENT).stroke();

    doc.font('bold').fontSize(34).fillColor(ACCENT);
    doc.text('SERTIFIKAT', MARGIN, MARGIN + 94, { width, align: 'center', characterSpacing: 8 });
    doc.font('regular').fontSize(9).fillColor(MUTED);
    doc.text('CERTIFICATE OF COMPLETION', MARGIN, MARGIN + 134, {
      width,
      align: 'center',
      characterSpacing: 2,
    });
    doc.fontSize(11).fillColor(INK);
    doc.text(`Nomor: ${number}`, MARGIN, MARGIN + 150, { width, align: 'center' });
  }

  private drawHolder(doc: PDFKit.PDFDocument, { content: c }: CertificateRenderInput): void {
    const width = PAGE.width - 2 * MARGIN;
    doc.font('regular').fontSize(11).fillColor(MUTED);
    doc.text('diberikan kepada', MARGIN, MARGIN + 176, { width, align: 'center' });
    doc.fillColor(INK);
    this.fitted(doc, 'bold', c.holderName, 22, width - 120, MARGIN + 192);

    const rows: [string, string][] = [
      ['NIP', formatNip(c.holderNip)],
      ['Pangkat/Golongan', c.holderGrade ?? '-'],
      ['Jabatan', c.holderPosition ?? '-'],
      ['Instansi', c.holderAgency],
    ];
    const labelX = 250;
    const valueX = 370;
    let y = MARGIN + 226;
    doc.fontSize(10.5);
    for (const [label, value] of rows) {
      doc.font('regular').fillColor(MUTED).text(label, labelX, y, { lineBreak: false });
      doc
        .fillColor(INK)
        .text(`:  ${value}`, valueX, y, { width: 360, lineBreak: false, ellipsis: true });
      y += 15;
    }
  }

  private drawTraining(doc: PDFKit.PDFDocument, { content: c }: CertificateRenderInput): void {
    const level = c.level ? `, level ${c.level}` : '';
    const place = c.place ? ` di ${c.place}` : '';
    const title =
      c.trainingTitle === c.courseTitle ? c.courseTitle : `${c.trainingTitle} (${c.courseTitle})`;
    const sentence =
      `telah mengikuti ${title}, kompetensi ${competencyLabel(c.competency, 'id').toLowerCase()}${level}, ` +
      `sebanyak ${formatJp(c.jp)} JP pada ${formatIndonesianDateRange(c.startDate, c.endDate)}${place}` +
      '.';
    const x = 130;
    const width = PAGE.width - 2 * x;
    doc.font('regular').fontSize(11).fillColor(INK);
    doc.text(sentence, x, MARGIN + 296, { width, align: 'center', lineGap: 2 });
    if (c.predikat) {
      doc.font('bold').fontSize(13).fillColor(ACCENT);
      doc.text(`PREDIKAT: ${c.predikat.toUpperCase()}`, x, doc.y + 6, {
        width,
        align: 'center',
        characterSpacing: 1,
      });
    }
  }

  private drawVerification(doc: PDFKit.PDFDocument, input: CertificateRenderInput): void {
    const x = MARGIN + 24;
    const y = PAGE.height - MARGIN - QR_SIZE - 40;
    drawVectorQr(doc, input.verifyUrl, x, y, QR_SIZE);
    doc.font('regular').fontSize(7).fillColor(MUTED);
    doc.text('Pindai untuk memeriksa keaslian', x - 24, y + QR_SIZE + 4, {
      width: QR_SIZE + 48,
      align: 'center',
    });
    doc.text('Scan to verify', x - 24, doc.y, { width: QR_SIZE + 48, align: 'center' });
    doc.font('bold').fontSize(7).fillColor(INK);
    doc.text(input.code, x - 30, doc.y + 2, { width: QR_SIZE + 60, align: 'center' });
  }

  private drawSignature(
    doc: PDFKit.PDFDocument,
    { content: c, issuedOn }: CertificateRenderInput,
  ): void {
    const x = PAGE.width - MARGIN - 290;
    const width = 260;
    let y = PAGE.height - MARGIN - 150;
    doc.font('regular').fontSize(10.5).fillColor(INK);
    doc.text(`${c.issuedCity}, ${formatIndonesianDate(issuedOn)}`, x, y, {
      width,
      align: 'center',
    });
    doc.text(c.signatoryPosition, x, doc.y + 2, { width, align: 'center' });
    y = PAGE.height - MARGIN - 62;
    if (c.signatoryName) {
      doc.font('bold').text(c.signatoryName, x, y, { width, align: 'center', underline: true });
    } else {
      doc
        .moveTo(x + 40, y + 12)
        .lineTo(x + width - 40, y + 12)
        .lineWidth(0.6)
        .strokeColor(INK)
        .stroke();
    }
    if (c.signatoryNip) {
      doc
        .font('regular')
        .text(`NIP ${formatNip(c.signatoryNip)}`, x, y + 15, { width, align: 'center' });
    }
  }

  /** One centred line, shrunk until it fits: long names and region titles stay on one line. */
  private fitted(
    doc: PDFKit.PDFDocument,
    font: FontName,
    text: string,
    size: number,
    maxWidth: number,
    y: number,
  ): void {
    doc.font(font).fontSize(size);
    let fitSize = size;
    while (fitSize > 8 && doc.widthOfString(text) > maxWidth) {
      fitSize -= 1;
      doc.fontSize(fitSize);
    }
    doc.text(text, MARGIN, y, {
      width: PAGE.width - 2 * MARGIN,
      align: 'center',
      lineBreak: false,
    });
  }
}

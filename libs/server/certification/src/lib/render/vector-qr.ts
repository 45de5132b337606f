import { create as createQr } from 'qrcode';

/** The smallest part of a QR code PDFKit draws: one horizontal run of dark modules. */
export interface QrRun {
  row: number;
  col: number;
  length: number;
}

export interface QrMatrix {
  size: number;
  runs: QrRun[];
}

/**
 * Encodes `text` (medium error correction, survives a crease or a stamp) and merges each row's
 * adjacent dark modules into runs, so a page draws ~300 rectangles instead of ~1,000 squares.
 */
export function qrMatrix(text: string): QrMatrix {
  // One byte segment: skips the library's search for the cheapest mix of modes.
  const { modules } = createQr([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  const { size, data } = modules;
  const runs: QrRun[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      let end = col + 1;
      while (end < size && data[row * size + end]) end++;
      runs.push({ row, col, length: end - col });
      col = end;
    }
  }
  return { size, runs };
}

/** Draws the QR code as filled vector rectangles (no bitmap): sharp at any zoom, fast to render. */
export function drawVectorQr(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
): void {
  const { size, runs } = qrMatrix(text);
  const cell = width / size;
  doc.save();
  for (const run of runs) {
    doc.rect(x + run.col * cell, y + run.row * cell, run.length * cell, cell);
  }
  doc.fill('#000000');
  doc.restore();
}

import { create } from 'qrcode';

import { qrPath } from './qr-code';

describe('qrPath', () => {
  it('draws one unit square per dark module inside a four-module quiet zone', () => {
    const text = 'https://lms.example.go.id/jadwal-bimtek/t-1?kode=K7Q2MX';
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const { size, path } = qrPath(text);
    expect(size).toBe(modules.size + 8);
    let dark = 0;
    for (let r = 0; r < modules.size; r++) {
      for (let c = 0; c < modules.size; c++) dark += modules.get(r, c) ? 1 : 0;
    }
    expect(path.match(/M/g)).toHaveLength(dark);
    // The top-left finder pattern starts at the corner of the symbol, after the quiet zone.
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true);
  });
});

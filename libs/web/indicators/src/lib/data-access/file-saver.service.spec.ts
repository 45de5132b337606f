import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@lms/web/core';

import { dispositionFilename, DownloadError, FileSaver, problemOf } from './file-saver.service';

describe('dispositionFilename', () => {
  it('reads quoted, bare and RFC 5987 names, and refuses path separators', () => {
    expect(dispositionFilename('attachment; filename="kekurangan-jp-2026.csv"')).toBe(
      'kekurangan-jp-2026.csv',
    );
    expect(dispositionFilename('attachment; filename=data.csv')).toBe('data.csv');
    expect(dispositionFilename("attachment; filename*=UTF-8''data%20terbuka.csv")).toBe(
      'data terbuka.csv',
    );
    expect(dispositionFilename('attachment; filename="../../etc/passwd"')).toBe('.._.._etc_passwd');
    expect(dispositionFilename(null)).toBeNull();
  });
});

describe('problemOf', () => {
  it('maps the statuses the export routes answer', () => {
    expect(problemOf(400)).toBe('BAD_USER_INPUT');
    expect(problemOf(401)).toBe('UNAUTHENTICATED');
    expect(problemOf(403)).toBe('FORBIDDEN');
    expect(problemOf(502)).toBe('NETWORK');
  });
});

describe('FileSaver', () => {
  let clicked: HTMLAnchorElement[];

  beforeEach(() => {
    clicked = [];
    URL.createObjectURL = jest.fn(() => 'blob:fake');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    TestBed.configureTestingModule({
      providers: [{ provide: SessionStore, useValue: { token: () => 'hr-token' } }],
    });
  });

  afterEach(() => jest.restoreAllMocks());

  it('hands text to the browser as a named file', () => {
    TestBed.inject(FileSaver).saveText('indikator.csv', 'key,label\r\n');
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('indikator.csv');
    expect(clicked[0].href).toBe('blob:fake');
    const blob = (URL.createObjectURL as jest.Mock).mock.calls[0][0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
  });

  it('fetches an export with the bearer token and keeps the server’s file name', async () => {
    const fetch = jest.fn(async () => ({
      ok: true,
      status: 200,
      headers: { get: () => 'attachment; filename="siasn-riwayat-kursus-2025.csv"' },
      blob: async () => new Blob(['NIP\r\n']),
    }));
    globalThis.fetch = fetch as unknown as typeof globalThis.fetch;

    await TestBed.inject(FileSaver).download(
      '/api/indicators/siasn-courses.csv?year=2025',
      'x.csv',
    );

    expect(fetch).toHaveBeenCalledWith('/api/indicators/siasn-courses.csv?year=2025', {
      headers: { Authorization: 'Bearer hr-token' },
      credentials: 'same-origin',
    });
    expect(clicked[0].download).toBe('siasn-riwayat-kursus-2025.csv');
  });

  it('reports a refused export without saving anything', async () => {
    globalThis.fetch = jest.fn(async () => ({ ok: false, status: 403 })) as unknown as typeof fetch;
    await expect(TestBed.inject(FileSaver).download('/api/x', 'x.csv')).rejects.toEqual(
      new DownloadError('FORBIDDEN'),
    );
    expect(clicked).toHaveLength(0);
  });
});

import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@lms/web/core';

import { DownloadError, FileDownloadService, problemOf } from './file-download.service';

describe('FileDownloadService', () => {
  const originalFetch = globalThis.fetch;
  const createObjectURL = jest.fn(() => 'blob:lesson-file');
  const revokeObjectURL = jest.fn();

  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    TestBed.configureTestingModule({
      providers: [{ provide: SessionStore, useValue: { token: () => 'token-123' } }],
    });
  });

  afterEach(() => {
    globalThis.fetch = originalFetch;
    jest.clearAllMocks();
  });

  it('fetches the file with the bearer token and hands it to the browser under its name', async () => {
    const fetchMock = jest.fn().mockResolvedValue({
      ok: true,
      status: 200,
      blob: () => Promise.resolve(new Blob(['isi'])),
    });
    globalThis.fetch = fetchMock;
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);

    await TestBed.inject(FileDownloadService).download('/api/learning/files/f1', 'panduan.pdf');

    expect(fetchMock).toHaveBeenCalledWith('/api/learning/files/f1', {
      headers: { Authorization: 'Bearer token-123' },
      credentials: 'same-origin',
    });
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('panduan.pdf');
    expect(link.href).toBe('blob:lesson-file');
    expect(link.isConnected).toBe(false);
    click.mockRestore();
  });

  it('reports why a download failed', async () => {
    globalThis.fetch = jest.fn().mockResolvedValue({ ok: false, status: 404 });
    await expect(
      TestBed.inject(FileDownloadService).download('/api/learning/files/x', 'x.pdf'),
    ).rejects.toEqual(new DownloadError('NOT_FOUND'));

    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(
      TestBed.inject(FileDownloadService).download('/api/learning/files/x', 'x.pdf'),
    ).rejects.toMatchObject({ problem: 'NETWORK' });
    expect(createObjectURL).not.toHaveBeenCalled();
  });

  it('maps HTTP statuses to problems', () => {
    expect([401, 403, 404, 500].map(problemOf)).toEqual([
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'NETWORK',
    ]);
  });
});

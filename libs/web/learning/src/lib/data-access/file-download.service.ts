import { DOCUMENT, inject, Injectable } from '@angular/core';
import { SessionStore } from '@lms/web/core';

/** Why a download failed, for the message shown beside the button. */
export type DownloadProblem = 'UNAUTHENTICATED' | 'NOT_FOUND' | 'FORBIDDEN' | 'NETWORK';

export class DownloadError extends Error {
  constructor(readonly problem: DownloadProblem) {
    super(`Download failed: ${problem}`);
  }
}

/**
 * Lesson files are served at `downloadPath` behind the same bearer token as GraphQL, so a plain
 * link cannot fetch them: the file is fetched with the header and handed to the browser as a blob.
 */
@Injectable({ providedIn: 'root' })
export class FileDownloadService {
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);

  async download(path: string, filename: string): Promise<void> {
    const token = this.session.token();
    let response: Response;
    try {
      response = await fetch(path, {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
        credentials: 'same-origin',
      });
    } catch {
      throw new DownloadError('NETWORK');
    }
    if (!response.ok) {
      throw new DownloadError(problemOf(response.status));
    }
    const url = URL.createObjectURL(await response.blob());
    try {
      const link = this.document.createElement('a');
      link.href = url;
      link.download = filename;
      link.rel = 'noopener';
      this.document.body.appendChild(link);
      link.click();
      link.remove();
    } finally {
      // The click has handed the blob to the download manager; keep it a moment for slow browsers.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
  }
}

export function problemOf(status: number): DownloadProblem {
  switch (status) {
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    default:
      return 'NETWORK';
  }
}

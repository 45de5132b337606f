import { DOCUMENT, inject, Injectable } from '@angular/core';
import { SessionStore } from '@lms/web/core';

export type DownloadProblem = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'NETWORK';

export class DownloadError extends Error {
  constructor(readonly problem: DownloadProblem) {
    super(`Download failed: ${problem}`);
  }
}

export function problemOf(status: number): DownloadProblem {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  return 'NETWORK';
}

/**
 * A class's ZIP is served behind the same bearer token as GraphQL, so a plain link cannot fetch
 * it: the file is fetched with the header and handed to the browser as a blob.
 */
@Injectable({ providedIn: 'root' })
export class AuthorizedDownloadService {
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
    if (!response.ok) throw new DownloadError(problemOf(response.status));
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
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
  }
}

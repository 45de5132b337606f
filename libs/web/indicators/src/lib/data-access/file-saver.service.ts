import { DOCUMENT, inject, Injectable } from '@angular/core';
import { SessionStore } from '@lms/web/core';

/** Why a download failed, for the message shown beside the button. */
export type DownloadProblem = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NETWORK';

export class DownloadError extends Error {
  constructor(readonly problem: DownloadProblem) {
    super(`Download failed: ${problem}`);
  }
}

export function problemOf(status: number): DownloadProblem {
  switch (status) {
    case 400:
      return 'BAD_USER_INPUT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    default:
      return 'NETWORK';
  }
}

/** The file name of a `Content-Disposition: attachment; filename="…"` header, if any. */
export function dispositionFilename(header: string | null): string | null {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header ?? '');
  if (!match) {
    return null;
  }
  try {
    return decodeURIComponent(match[1]).replace(/[/\\]/g, '_');
  } catch {
    return match[1].replace(/[/\\]/g, '_');
  }
}

/**
 * Hands files to the browser's download manager: text built in the page (a table's CSV), or a
 * file from the API's export routes, which want the same bearer token as GraphQL and so cannot be
 * plain links.
 */
@Injectable({ providedIn: 'root' })
export class FileSaver {
  private readonly document = inject(DOCUMENT);
  private readonly session = inject(SessionStore);

  saveText(filename: string, content: string, type = 'text/csv'): void {
    this.saveBlob(filename, new Blob([content], { type: `${type};charset=utf-8` }));
  }

  async download(path: string, fallbackName: string): Promise<void> {
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
    const filename = dispositionFilename(response.headers.get('Content-Disposition'));
    this.saveBlob(filename ?? fallbackName, await response.blob());
  }

  private saveBlob(filename: string, blob: Blob): void {
    const url = URL.createObjectURL(blob);
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

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoDirective } from '@jsverse/transloco';
import { apiErrorInfo, LanguageService } from '@lms/web/core';

import { CertificateService } from '../data-access/certificate.service';
import { CertificateErrorMessage } from '../shared/certificate-error-message';
import {
  formatDate,
  formatDateRange,
  formatMoment,
  formatNumber,
} from '../shared/certificate-format';
import { PdfDropZone } from './pdf-drop-zone';
import { groupHex, type HashMatch, looksLikePdf, matchIssued, sha256Hex } from './pdf-hash';

/** Files larger than this are not certificates the worker renders (about 100 kB); refuse early. */
const MAX_PDF_BYTES = 20 * 1024 * 1024;

interface FileCheck {
  fileName: string;
  hash: string;
  match: HashMatch;
}

/**
 * The public page a certificate's QR code opens (`/verify/{code}`, no sign-in): everything the
 * certificate says, whether it is VALID or REVOKED (when and why), the SHA-256 of the PDF as
 * issued, and a drop zone that hashes a PDF in the browser and says whether it is that file.
 */
@Component({
  selector: 'lib-verify-page',
  imports: [
    CertificateErrorMessage,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PdfDropZone,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verify-page.html',
  styleUrl: './verify-page.css',
})
export class VerifyPage {
  readonly code = input.required<string>();

  private readonly certificates = inject(CertificateService);
  private readonly language = inject(LanguageService);

  protected readonly result = rxResource({
    params: () => this.code(),
    stream: ({ params }) => this.certificates.verify(params),
  });
  protected readonly v = computed(() => (this.result.hasValue() ? this.result.value() : null));
  protected readonly error = computed(() => {
    const error = this.result.error();
    return error ? apiErrorInfo(error) : null;
  });
  protected readonly view = computed(() => {
    const v = this.v();
    const lang = this.language.lang();
    if (!v) return null;
    return {
      issuedOn: v.issuedOn ? formatDate(v.issuedOn, lang) : null,
      dates: v.startDate && v.endDate ? formatDateRange(v.startDate, v.endDate, lang) : null,
      jp: v.jp !== null ? formatNumber(v.jp, lang) : null,
      revokedAt: v.revokedAt ? formatMoment(v.revokedAt, lang) : null,
      sha: v.sha256 ? groupHex(v.sha256) : null,
      history: v.history.map((h) => ({
        ...h,
        issuedOn: formatDate(h.issuedOn, lang),
        supersededAt: formatMoment(h.supersededAt, lang),
      })),
    };
  });

  protected readonly checking = signal(false);
  protected readonly check = signal<FileCheck | null>(null);
  protected readonly fileProblem = signal<'notPdf' | 'tooLarge' | 'unreadable' | null>(null);

  protected async fileDropped(file: File): Promise<void> {
    const v = this.v();
    this.check.set(null);
    this.fileProblem.set(null);
    if (!looksLikePdf(file)) {
      this.fileProblem.set('notPdf');
      return;
    }
    if (file.size > MAX_PDF_BYTES) {
      this.fileProblem.set('tooLarge');
      return;
    }
    this.checking.set(true);
    try {
      const hash = await sha256Hex(await file.arrayBuffer());
      this.check.set({
        fileName: file.name,
        hash,
        match: v ? matchIssued(hash, v) : { kind: 'mismatch' },
      });
    } catch {
      this.fileProblem.set('unreadable');
    } finally {
      this.checking.set(false);
    }
  }

  protected grouped(hex: string): string {
    return groupHex(hex);
  }
}

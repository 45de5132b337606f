import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { apiErrorInfo, LanguageService } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';

import { CertificateService } from '../data-access/certificate.service';
import { CertificateErrorMessage } from '../shared/certificate-error-message';
import { formatDate, formatMoment, formatNumber } from '../shared/certificate-format';

/**
 * "Sertifikat saya": the holder's certificates, newest first, each with its PDF, its public
 * verification page (what the QR code opens) and its Open Badges credential.
 */
@Component({
  selector: 'lib-my-certificates-page',
  imports: [
    CertificateErrorMessage,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeader,
    RouterLink,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-certificates-page.html',
  styleUrl: './my-certificates-page.css',
})
export class MyCertificatesPage {
  private readonly certificates = inject(CertificateService);
  private readonly language = inject(LanguageService);

  protected readonly list = rxResource({ stream: () => this.certificates.mine() });
  protected readonly error = computed(() => {
    const error = this.list.error();
    return error ? apiErrorInfo(error) : null;
  });
  protected readonly rows = computed(() => {
    const lang = this.language.lang();
    return [...(this.list.hasValue() ? this.list.value() : [])]
      .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || a.number.localeCompare(b.number))
      .map((c) => ({
        c,
        issuedOn: formatDate(c.issuedOn, lang),
        jp: formatNumber(c.jp, lang),
        revokedAt: c.revokedAt ? formatMoment(c.revokedAt, lang) : null,
        verifyPath: `/verify/${c.code}`,
      }));
  });
}

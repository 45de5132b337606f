import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  type CertificateIssuanceItemFragment,
  type CertificateItemFragment,
  LanguageService,
} from '@lms/web/core';
import { firstValueFrom, of, type Subscription } from 'rxjs';

import {
  AuthorizedDownloadService,
  DownloadError,
} from '../data-access/authorized-download.service';
import { CertificateService } from '../data-access/certificate.service';
import {
  isFinished,
  ISSUANCE_POLL_INTERVAL,
  issuancePercent,
  pollIssuance,
} from '../issuance/issuance-progress';
import { CertificateErrorMessage } from '../shared/certificate-error-message';
import { formatDate } from '../shared/certificate-format';
import { RevokeDialog, type RevokeDialogData } from './revoke-dialog';

/** The class's id from this route or the class page around it (`/bimtek/:trainingId/sertifikat`). */
export function trainingIdOf(route: ActivatedRoute): string | null {
  for (const snapshot of [...route.snapshot.pathFromRoot].reverse()) {
    const id = snapshot.paramMap.get('trainingId');
    if (id) return id;
  }
  return null;
}

/**
 * A completed class's certificates: issue them and watch the live progress bar (the API is read
 * every second until DONE or FAILED), see failures and their reasons, download the class as one
 * ZIP, open or revoke each certificate.
 */
@Component({
  selector: 'lib-class-certificates-page',
  imports: [
    CertificateErrorMessage,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './class-certificates-page.html',
  styleUrl: './class-certificates-page.css',
})
export class ClassCertificatesPage {
  /** Bound when the route itself names the class; otherwise read from the parent route. */
  readonly trainingId = input<string | undefined>();

  private readonly certificates = inject(CertificateService);
  private readonly downloads = inject(AuthorizedDownloadService);
  private readonly dialog = inject(MatDialog);
  private readonly language = inject(LanguageService);
  private readonly route = inject(ActivatedRoute);
  private readonly pollInterval = inject(ISSUANCE_POLL_INTERVAL);

  protected readonly classId = computed(() => this.trainingId() ?? trainingIdOf(this.route));
  protected readonly view = rxResource({
    params: () => this.classId() ?? undefined,
    stream: ({ params }) => (params ? this.certificates.classView(params) : of(null)),
  });
  private readonly data = computed(() => (this.view.hasValue() ? this.view.value() : null));
  protected readonly loadError = computed(() => {
    const error = this.view.error();
    return error ? apiErrorInfo(error) : null;
  });

  /** The issuance being followed: the latest one of the class, or the one just started. */
  protected readonly issuance = signal<CertificateIssuanceItemFragment | null>(null);
  protected readonly percent = computed(() => {
    const issuance = this.issuance();
    return issuance ? issuancePercent(issuance) : 0;
  });
  protected readonly running = computed(() => {
    const issuance = this.issuance();
    return !!issuance && !isFinished(issuance.status);
  });
  protected readonly completedCount = computed(() => this.data()?.training.enrollments.length ?? 0);
  protected readonly rows = computed(() => {
    const lang = this.language.lang();
    return (this.data()?.trainingCertificates ?? []).map((c) => ({
      c,
      issuedOn: formatDate(c.issuedOn, lang),
      verifyPath: `/verify/${c.code}`,
    }));
  });
  protected readonly missing = computed(() =>
    Math.max(this.completedCount() - (this.data()?.trainingCertificates.length ?? 0), 0),
  );
  protected readonly canIssue = computed(
    () =>
      this.data()?.training.status === 'COMPLETED' &&
      this.missing() > 0 &&
      !this.running() &&
      !this.starting(),
  );

  protected readonly starting = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly zipBusy = signal(false);
  private polling: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.polling?.unsubscribe());
    // On arrival, follow the class's latest issuance: still running, it resumes its live bar.
    effect(() => {
      const latest = this.data()?.certificateIssuances[0] ?? null;
      untracked(() => {
        if (!latest || this.issuance()?.id === latest.id) return;
        this.issuance.set(latest);
        if (!isFinished(latest.status)) this.follow(latest.id);
      });
    });
  }

  protected async issue(): Promise<void> {
    const trainingId = this.classId();
    if (!trainingId || !this.canIssue()) return;
    this.starting.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      const issuance = await this.certificates.issue(trainingId);
      this.issuance.set(issuance);
      this.follow(issuance.id);
    } catch (error) {
      this.error.set(apiErrorInfo(error));
    } finally {
      this.starting.set(false);
    }
  }

  protected async revoke(certificate: CertificateItemFragment): Promise<void> {
    const reason = await firstValueFrom(
      this.dialog
        .open<RevokeDialog, RevokeDialogData, string>(RevokeDialog, {
          data: { holderName: certificate.holderName, number: certificate.number },
          width: '520px',
        })
        .afterClosed(),
    );
    if (!reason) return;
    this.error.set(null);
    try {
      await this.certificates.revoke(certificate.id, reason);
      this.notice.set(certificate.number);
      this.view.reload();
    } catch (error) {
      this.error.set(apiErrorInfo(error));
    }
  }

  protected async downloadZip(): Promise<void> {
    const trainingId = this.classId();
    if (!trainingId || this.zipBusy()) return;
    this.zipBusy.set(true);
    this.error.set(null);
    try {
      await this.downloads.download(
        `/certificates/training/${trainingId}.zip`,
        `sertifikat-${trainingId}.zip`,
      );
    } catch (error) {
      const problem = error instanceof DownloadError ? error.problem : 'NETWORK';
      this.error.set({ code: problem });
    } finally {
      this.zipBusy.set(false);
    }
  }

  /** Reads the issuance every second until it ends, then reloads the list of certificates. */
  private follow(id: string): void {
    this.polling?.unsubscribe();
    this.polling = pollIssuance(() => this.certificates.issuance(id), this.pollInterval).subscribe({
      next: (issuance) => {
        this.issuance.set(issuance);
        if (isFinished(issuance.status)) this.view.reload();
      },
      error: (error) => this.error.set(apiErrorInfo(error)),
    });
  }
}

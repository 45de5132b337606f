import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { normalizeNip } from '@lms/shared/domain';
import {
  apiErrorInfo,
  AuthService,
  HOME_PATH,
  LanguageService,
  SESSION_EXPIRED_PARAM,
  SESSION_EXPIRED_VALUE,
} from '@lms/web/core';
import { LanguageSwitch, NipInsight } from '@lms/web/ui';

/** What went wrong with the last attempt, as a key of the auth or shared dictionary. */
type LoginProblem =
  | { kind: 'wrongCredentials' }
  | { kind: 'throttled'; until: number | undefined }
  | { kind: 'other'; errorKey: string };

const DIGITS_ONLY = /^\d+$/;

@Component({
  selector: 'lib-login-page',
  imports: [
    LanguageSwitch,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    NipInsight,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.css',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    identifier: ['', Validators.required],
    password: ['', Validators.required],
  });

  private readonly identifier = toSignal(this.form.controls.identifier.valueChanges, {
    initialValue: '',
  });
  /** The NIP hint shows once the identifier is all digits (spaces allowed), as a NIP is. */
  protected readonly nipCandidate = computed(() => {
    const value = normalizeNip(this.identifier());
    return DIGITS_ONLY.test(value) ? this.identifier() : '';
  });

  protected readonly submitting = signal(false);
  protected readonly hidePassword = signal(true);
  protected readonly problem = signal<LoginProblem | null>(null);
  protected readonly sessionExpired = signal(
    this.route.snapshot.queryParamMap.get(SESSION_EXPIRED_PARAM) === SESSION_EXPIRED_VALUE,
  );

  private readonly now = signal(Date.now());
  protected readonly secondsLeft = computed(() => {
    const problem = this.problem();
    if (problem?.kind !== 'throttled' || problem.until === undefined) {
      return 0;
    }
    return Math.max(0, Math.ceil((problem.until - this.now()) / 1000));
  });
  protected readonly waiting = computed(() => this.secondsLeft() > 0);

  constructor() {
    // Ticks the throttle countdown; cheap enough to run while the page is open.
    const timer = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.submitting() || this.waiting()) {
      return;
    }
    const { identifier, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.problem.set(null);
    this.sessionExpired.set(false);
    try {
      // A NIP typed with spaces is still the person's NIP.
      const username = DIGITS_ONLY.test(normalizeNip(identifier))
        ? normalizeNip(identifier)
        : identifier;
      await this.auth.login(username, password);
      await this.router.navigateByUrl(this.safeReturnUrl());
    } catch (error) {
      this.problem.set(this.describe(error));
      this.form.controls.password.reset();
    } finally {
      this.submitting.set(false);
    }
  }

  private describe(error: unknown): LoginProblem {
    const info = apiErrorInfo(error);
    switch (info.code) {
      case 'UNAUTHENTICATED':
        return { kind: 'wrongCredentials' };
      case 'TOO_MANY_REQUESTS':
        this.now.set(Date.now());
        return {
          kind: 'throttled',
          until:
            info.retryAfterSeconds === undefined
              ? undefined
              : Date.now() + info.retryAfterSeconds * 1000,
        };
      default:
        return { kind: 'other', errorKey: `errors.${info.code}` };
    }
  }

  /** Only in-app paths: a crafted `returnUrl` must not send people to another site. */
  private safeReturnUrl(): string {
    const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
    return returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('//')
      ? returnUrl
      : `/${HOME_PATH}`;
  }
}

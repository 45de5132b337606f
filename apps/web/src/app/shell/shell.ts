import { BreakpointObserver } from '@angular/cdk/layout';
import { NgComponentOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  signal,
  type Type,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Role, roleLabel } from '@lms/shared/domain';
import { AuthService, LanguageService, SessionStore } from '@lms/web/core';
import { LanguageSwitch } from '@lms/web/ui';
import { map } from 'rxjs';

import { navigationFor } from './navigation';
import {
  QueueDashboardError,
  QueueDashboardLauncher,
  type QueueDashboardProblem,
} from './queue-dashboard-launcher';

/** Below this width the side navigation becomes a drawer opened from the menu button. */
const HANDSET_QUERY = '(max-width: 959.98px)';

@Component({
  selector: 'app-shell',
  imports: [
    LanguageSwitch,
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    NgComponentOutlet,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.css',
})
export class Shell {
  private readonly session = inject(SessionStore);
  private readonly auth = inject(AuthService);
  private readonly queues = inject(QueueDashboardLauncher);
  protected readonly language = inject(LanguageService);

  private readonly sidenav = viewChild.required(MatSidenav);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe(HANDSET_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly navItems = computed(() => navigationFor(this.session.roles()));
  protected readonly displayName = computed(() => {
    const user = this.session.user();
    return user?.employee?.fullName ?? user?.username ?? '';
  });
  protected readonly roleNames = computed(() =>
    this.session
      .roles()
      .map((role) => roleLabel(role, this.language.lang()))
      .join(', '),
  );

  /** False on the public certificate page when nobody is signed in: no navigation then. */
  protected readonly signedIn = this.session.isAuthenticated;
  /** A learner's notice bell; its code loads with the Bimtek pages', only for learners. */
  protected readonly bell = signal<Type<unknown> | null>(null);

  constructor() {
    effect(() => {
      if (!this.session.roles().includes(Role.LEARNER)) {
        this.bell.set(null);
        return;
      }
      void import('@lms/web/training').then((m) => this.bell.set(m.NotificationBell));
    });
  }

  protected afterNavigate(): void {
    if (this.handset()) {
      void this.sidenav().close();
    }
  }

  /** In-page jump without touching the URL (a `#fragment` href would navigate the router). */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected readonly queueProblem = signal<QueueDashboardProblem | null>(null);

  /** The link's own navigation would arrive without the dashboard's cookie: open it ourselves. */
  protected async openQueueDashboard(event: Event): Promise<void> {
    event.preventDefault();
    this.queueProblem.set(null);
    try {
      await this.queues.open();
    } catch (error: unknown) {
      this.queueProblem.set(error instanceof QueueDashboardError ? error.problem : 'NETWORK');
    }
  }

  protected logout(): Promise<void> {
    return this.auth.logout();
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule, MatIconRegistry } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { DomSanitizer } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService, type NotificationItemFragment } from '@lms/web/core';
import { catchError, merge, of, Subject, switchMap, timer } from 'rxjs';

import { type NoticeList, NotificationService } from '../data-access/notification.service';
import { TRAINING_SCOPE } from '../i18n/training-scope';
import { localeOf } from '../shared/training-format';
import { registerIcons, TRAINING_ICONS } from '../shared/training-icons';

/** How often the badge asks for the unread count; a notice is news, not an alarm. */
export const NOTICE_POLL_MS = 60_000;

/**
 * The learner's bell in the toolbar: the unread count as a badge, the latest notices in a menu
 * (confirmed, waitlisted, promoted, completed…), each leading to its class.
 */
@Component({
  selector: 'lib-notification-bell',
  imports: [MatBadgeModule, MatButtonModule, MatIconModule, MatMenuModule, TranslocoDirective],
  providers: [TRAINING_SCOPE],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.css',
})
export class NotificationBell {
  private readonly notices = inject(NotificationService);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly refresh$ = new Subject<void>();

  /** The count from the poll, or the list when the menu was opened later. */
  private readonly polled = toSignal(
    merge(timer(0, NOTICE_POLL_MS), this.refresh$).pipe(
      switchMap(() => this.notices.unreadCount().pipe(catchError(() => of(null)))),
    ),
    { initialValue: null },
  );
  protected readonly list = signal<NoticeList | null>(null);
  protected readonly loading = signal(false);
  protected readonly unread = computed(() => {
    const fromList = this.list()?.unread;
    const polled = this.polled();
    return polled ?? fromList ?? 0;
  });

  constructor() {
    registerIcons(inject(MatIconRegistry), inject(DomSanitizer), { bell: TRAINING_ICONS['bell'] });
  }

  protected opened(): void {
    this.loading.set(true);
    this.notices.latest(10).subscribe({
      next: (list) => {
        this.list.set(list);
        this.loading.set(false);
      },
      error: () => this.loading.set(false),
    });
  }

  protected when(notice: NotificationItemFragment): string {
    return new Intl.DateTimeFormat(localeOf(this.language.lang()), {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(notice.createdAt));
  }

  protected async open(notice: NotificationItemFragment): Promise<void> {
    if (!notice.readAt) {
      await this.notices.markRead([notice.id]).catch(() => 0);
      this.refresh$.next();
    }
    if (notice.trainingId) {
      await this.router.navigate(['/jadwal-bimtek', notice.trainingId]);
    }
  }

  protected async markAllRead(): Promise<void> {
    await this.notices.markRead().catch(() => 0);
    const list = this.list();
    if (list) {
      const now = new Date().toISOString();
      this.list.set({
        unread: 0,
        items: list.items.map((n) => ({ ...n, readAt: n.readAt ?? now })),
      });
    }
    this.refresh$.next();
  }
}

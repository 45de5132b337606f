import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { formatNip, gradeLabel, isKnownGrade, Role, roleLabel } from '@lms/shared/domain';
import { LanguageService, SessionStore } from '@lms/web/core';
import { NipInsight } from '@lms/web/ui';

import { navigationFor } from '../shell/navigation';

/** Dictionary keys describing each task card, by path. */
const TASK_KEYS: Readonly<Record<string, string>> = {
  '/pegawai': 'tasks.people',
  '/impor-pegawai': 'tasks.import',
  '/wilayah': 'tasks.organization',
  '/cek-nip': 'tasks.nipCheck',
};

/** Staff see their tasks; a learner sees this year's JP and their own employee record. */
@Component({
  selector: 'app-home-page',
  imports: [
    MatCardModule,
    NgComponentOutlet,
    MatIconModule,
    NipInsight,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.css',
})
export class HomePage {
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);

  protected readonly user = this.session.user;
  protected readonly name = computed(() => {
    const user = this.user();
    return user?.employee?.fullName ?? user?.username ?? '';
  });
  protected readonly isStaff = computed(() =>
    this.session.hasAnyRole([Role.ADMIN, Role.ORGANIZER, Role.INSTRUCTOR, Role.HR_ANALYST]),
  );
  protected readonly roles = computed(() =>
    this.session
      .roles()
      .map((role) => roleLabel(role, this.language.lang()))
      .join(', '),
  );
  protected readonly tasks = computed(() =>
    navigationFor(this.session.roles())
      .filter((item) => TASK_KEYS[item.path])
      .map((item) => ({ ...item, descriptionKey: TASK_KEYS[item.path] })),
  );
  /** The learning area's JP card, loaded with the learning chunk only for learners. */
  protected readonly jpCard = resource({
    params: () => (this.isStaff() ? undefined : true),
    loader: () => import('@lms/web/learning').then((m) => m.JpSummaryCard),
  });
  protected readonly employee = computed(() => this.user()?.employee ?? null);
  protected readonly employeeLabels = computed(() => {
    const employee = this.employee();
    if (!employee) {
      return null;
    }
    return {
      nip: formatNip(employee.nip),
      grade:
        employee.grade && isKnownGrade(employee.grade)
          ? gradeLabel(employee.grade, this.language.lang())
          : (employee.grade ?? ''),
    };
  });
}

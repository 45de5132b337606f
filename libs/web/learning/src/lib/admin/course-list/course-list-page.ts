import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Role } from '@lms/shared/domain';
import {
  apiErrorInfo,
  type CourseStatus,
  type CourseSummaryFragment,
  LanguageService,
  SessionStore,
} from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';

import { CourseEditorService } from '../../data-access/course-editor.service';
import { ApiErrorMessage } from '../../shared/api-error-message';
import { COURSE_STATUSES } from '../../shared/course-options';
import { formatJp } from '../../shared/format';

/** Whether the signed-in organizer may change `course` (ADMIN: any; ORGANIZER: own region's). */
export function canEdit(
  course: Pick<CourseSummaryFragment, 'regionId'>,
  roles: readonly string[],
  regionId: string | null,
): boolean {
  return (
    roles.includes(Role.ADMIN) || (roles.includes(Role.ORGANIZER) && course.regionId === regionId)
  );
}

/** "Kursus": the organizer's courses of every status, and the shared ones of other regions. */
@Component({
  selector: 'lib-course-list-page',
  imports: [
    ApiErrorMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeader,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-list-page.html',
  styleUrl: './course-list-page.css',
})
export class CourseListPage {
  private readonly editor = inject(CourseEditorService);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);

  protected readonly statuses = COURSE_STATUSES;
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = toSignal(
    this.searchControl.valueChanges.pipe(
      debounceTime(300),
      map((value) => value.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  protected readonly status = signal<CourseStatus | null>(null);

  protected readonly list = rxResource({
    params: () => ({ search: this.search(), status: this.status() }),
    stream: ({ params }) => this.editor.list(params),
  });
  protected readonly error = computed(() => {
    const error = this.list.error();
    return error ? apiErrorInfo(error) : null;
  });
  protected readonly rows = computed(() => {
    const courses = this.list.hasValue() ? this.list.value() : [];
    const roles = this.session.roles();
    const regionId = this.session.user()?.regionId ?? null;
    const lang = this.language.lang();
    return courses.map((course) => {
      const editable = canEdit(course, roles, regionId);
      return {
        course,
        editable,
        jp: formatJp(course.jp, lang),
        link: editable ? ['/kursus', course.id] : ['/kursus', course.id, 'pratinjau'],
      };
    });
  });
}

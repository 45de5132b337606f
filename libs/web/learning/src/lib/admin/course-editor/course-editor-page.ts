import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  type CourseSummaryFragment,
  SessionStore,
} from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';

import { CatalogService } from '../../data-access/catalog.service';
import { CourseEditorService } from '../../data-access/course-editor.service';
import { ApiErrorMessage } from '../../shared/api-error-message';
import { fieldError } from '../../shared/field-errors';
import { ContentEditor } from '../content/content-editor';
import { CourseForm } from '../course-form/course-form';
import { canEdit } from '../course-list/course-list-page';
import { QuestionBankEditor } from '../questions/question-bank-editor';
import { CourseGainView } from '../results/course-gain-view';
import { TestSettingsCard } from '../tests/test-settings-card';

/** The editor's tabs, in order; a publish error jumps to the tab that fixes it. */
export const EDITOR_TABS = ['details', 'content', 'questions', 'tests', 'results'] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

/** Where the field a status change failed on is edited. */
export function tabOfField(field: string | null): EditorTab | null {
  switch (field) {
    case 'lessons':
      return 'content';
    case 'questions':
      return 'questions';
    case 'jp':
    case 'title':
    case 'competencyId':
    case 'code':
      return 'details';
    default:
      return null;
  }
}

/**
 * One course for its organizer: details, content, question bank, tests and their results; publish
 * and archive.
 */
@Component({
  selector: 'lib-course-editor-page',
  imports: [
    ApiErrorMessage,
    ContentEditor,
    CourseForm,
    CourseGainView,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    PageHeader,
    QuestionBankEditor,
    RouterLink,
    TestSettingsCard,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-editor-page.html',
  styleUrl: './course-editor-page.css',
})
export class CourseEditorPage {
  readonly courseId = input.required<string>();

  private readonly catalog = inject(CatalogService);
  private readonly editor = inject(CourseEditorService);
  private readonly session = inject(SessionStore);

  protected readonly outline = rxResource({
    params: () => ({ id: this.courseId() }),
    stream: ({ params }) => this.catalog.outline(params.id),
  });
  protected readonly course = computed(() =>
    this.outline.hasValue() ? this.outline.value() : null,
  );
  protected readonly loadError = computed(() => {
    const error = this.outline.error();
    return error ? apiErrorInfo(error) : null;
  });
  protected readonly editable = computed(() => {
    const course = this.course();
    return (
      !!course &&
      course.status !== 'ARCHIVED' &&
      canEdit(course, this.session.roles(), this.session.user()?.regionId ?? null)
    );
  });

  protected readonly tab = signal(0);
  protected readonly bankSize = signal(0);
  protected readonly busy = signal(false);
  protected readonly statusError = signal<ApiErrorInfo | null>(null);
  protected readonly statusNote = signal<'published' | 'archived' | null>(null);
  protected readonly confirmArchive = signal(false);
  protected readonly fixTab = computed(() => {
    const error = this.statusError();
    return error ? tabOfField(fieldError(error).field) : null;
  });
  protected readonly pre = computed(
    () => this.course()?.assessments.find((a) => a.kind === 'PRE') ?? null,
  );
  protected readonly post = computed(
    () => this.course()?.assessments.find((a) => a.kind === 'POST') ?? null,
  );

  /** The content changed: reload the outline; an earlier publish error may no longer hold. */
  protected reload(): void {
    this.statusError.set(null);
    this.outline.reload();
  }

  protected detailsSaved(summary: CourseSummaryFragment): void {
    this.outline.update((course) => (course ? { ...course, ...summary } : course));
  }

  protected openTab(tab: EditorTab): void {
    this.tab.set(EDITOR_TABS.indexOf(tab));
  }

  protected async publish(): Promise<void> {
    await this.changeStatus(() => this.editor.publish(this.courseId()), 'published');
  }

  protected async archive(): Promise<void> {
    if (!this.confirmArchive()) {
      this.confirmArchive.set(true);
      return;
    }
    this.confirmArchive.set(false);
    await this.changeStatus(() => this.editor.archive(this.courseId()), 'archived');
  }

  private async changeStatus(
    change: () => Promise<CourseSummaryFragment>,
    note: 'published' | 'archived',
  ): Promise<void> {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.statusError.set(null);
    this.statusNote.set(null);
    try {
      const summary = await change();
      this.detailsSaved(summary);
      this.statusNote.set(note);
    } catch (error) {
      this.statusError.set(apiErrorInfo(error));
    } finally {
      this.busy.set(false);
    }
  }
}

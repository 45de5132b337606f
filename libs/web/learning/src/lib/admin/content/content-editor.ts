import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  type CourseModuleItemFragment,
  type CourseOutlineFragment,
  type LessonItemFragment,
} from '@lms/web/core';

import { CourseEditorService } from '../../data-access/course-editor.service';
import { orderedModules } from '../../lesson/lesson-sequence';
import { ApiErrorMessage } from '../../shared/api-error-message';
import { LESSON_KIND_ICONS } from '../../shared/course-options';
import { LessonForm } from './lesson-form';
import { lessonFormValue, toLessonInput } from './lesson-form-model';

/** Which form is open: a lesson being added to a module, or a lesson or module being changed. */
type Editing =
  | { kind: 'newLesson'; moduleId: string }
  | { kind: 'lesson'; lessonId: string }
  | { kind: 'module'; moduleId: string }
  | null;

/** The course's modules and lessons: add, rename, reorder, remove. */
@Component({
  selector: 'lib-content-editor',
  imports: [
    ApiErrorMessage,
    LessonForm,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatTooltipModule,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './content-editor.html',
  styleUrl: './content-editor.css',
})
export class ContentEditor {
  readonly course = input.required<CourseOutlineFragment>();
  readonly readonly = input(false);
  /** The outline changed on the server: the page reloads it. */
  readonly changed = output<void>();

  private readonly editor = inject(CourseEditorService);

  protected readonly iconOf = LESSON_KIND_ICONS;
  protected readonly modules = computed(() => orderedModules(this.course().modules));
  protected readonly editing = signal<Editing>(null);
  protected readonly confirmDelete = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);

  protected readonly newModuleTitle = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(2), Validators.maxLength(200)],
  });
  protected readonly moduleTitle = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(2), Validators.maxLength(200)],
  });

  protected async addModule(): Promise<void> {
    if (this.newModuleTitle.invalid) {
      this.newModuleTitle.markAsTouched();
      return;
    }
    const added = await this.run(() =>
      this.editor.addModule(this.course().id, { title: this.newModuleTitle.value.trim() }),
    );
    if (added) {
      this.newModuleTitle.reset();
      this.editing.set({ kind: 'newLesson', moduleId: added.id });
    }
  }

  protected editModule(module: CourseModuleItemFragment): void {
    this.moduleTitle.setValue(module.title);
    this.editing.set({ kind: 'module', moduleId: module.id });
  }

  protected async renameModule(module: CourseModuleItemFragment): Promise<void> {
    if (this.moduleTitle.invalid) {
      this.moduleTitle.markAsTouched();
      return;
    }
    const done = await this.run(() =>
      this.editor.updateModule(module.id, {
        title: this.moduleTitle.value.trim(),
        position: module.position,
      }),
    );
    if (done) {
      this.editing.set(null);
    }
  }

  protected moveModule(module: CourseModuleItemFragment, by: -1 | 1): Promise<unknown> {
    return this.run(() =>
      this.editor.updateModule(module.id, {
        title: module.title,
        position: Math.max(0, module.position + by),
      }),
    );
  }

  protected moveLesson(lesson: LessonItemFragment, by: -1 | 1): Promise<unknown> {
    return this.run(() =>
      this.editor.updateLesson(
        lesson.id,
        toLessonInput(lessonFormValue(lesson), Math.max(0, lesson.position + by)),
      ),
    );
  }

  protected async remove(kind: 'module' | 'lesson', id: string): Promise<void> {
    if (this.confirmDelete() !== id) {
      this.confirmDelete.set(id);
      return;
    }
    this.confirmDelete.set(null);
    await this.run(() =>
      kind === 'module' ? this.editor.removeModule(id) : this.editor.removeLesson(id),
    );
  }

  protected lessonSaved(): void {
    this.editing.set(null);
    this.changed.emit();
  }

  protected isEditing(kind: 'newLesson' | 'lesson' | 'module', id: string): boolean {
    const editing = this.editing();
    if (!editing || editing.kind !== kind) {
      return false;
    }
    return editing.kind === 'lesson' ? editing.lessonId === id : editing.moduleId === id;
  }

  /** Runs one change, reports its error, and asks the page to reload the outline. */
  private async run<T>(change: () => Promise<T>): Promise<T | null> {
    if (this.busy()) {
      return null;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await change();
      this.changed.emit();
      return result ?? (true as T);
    } catch (error) {
      this.error.set(apiErrorInfo(error));
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}

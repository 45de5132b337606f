import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  type ApiErrorInfo,
  apiErrorInfo,
  LanguageService,
  type LearningFileItemFragment,
  type LessonItemFragment,
} from '@lms/web/core';
import { startWith } from 'rxjs';

import { CourseEditorService } from '../../data-access/course-editor.service';
import { ApiErrorMessage } from '../../shared/api-error-message';
import { LESSON_KIND_ICONS, LESSON_KINDS } from '../../shared/course-options';
import { FieldErrorText } from '../../shared/field-error-text';
import { formatBytes } from '../../shared/format';
import { applyServerError, serverErrorOf } from '../../shared/server-errors';
import { lessonForm, lessonFormValue, toLessonInput } from './lesson-form-model';
import { RichTextEditor } from './rich-text-editor';

/** Upload limit of the API (uploadLearningFile): 10 MB decoded. */
export const MAX_LESSON_FILE_BYTES = 10 * 1024 * 1024;

/** Adds a lesson to a module, or changes one: kind, text, and the video, file or link. */
@Component({
  selector: 'lib-lesson-form',
  imports: [
    ApiErrorMessage,
    FieldErrorText,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ReactiveFormsModule,
    RichTextEditor,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-form.html',
  styleUrl: './lesson-form.css',
})
export class LessonForm {
  readonly courseId = input.required<string>();
  readonly moduleId = input.required<string>();
  /** The lesson to change; null adds a new one at the end of the module. */
  readonly lesson = input<LessonItemFragment | null>(null);
  readonly saved = output<LessonItemFragment>();
  readonly cancelled = output<void>();

  private readonly editor = inject(CourseEditorService);
  private readonly language = inject(LanguageService);

  protected readonly form = lessonForm();
  protected readonly kinds = LESSON_KINDS;
  protected readonly iconOf = LESSON_KIND_ICONS;
  protected readonly serverErrorOf = serverErrorOf;
  protected readonly kind = toSignal(
    this.form.controls.kind.valueChanges.pipe(startWith(this.form.controls.kind.value)),
    { initialValue: this.form.controls.kind.value },
  );

  protected readonly files = rxResource({
    params: () => ({ courseId: this.courseId() }),
    stream: ({ params }) => this.editor.files(params.courseId),
  });
  protected readonly uploaded = signal<readonly LearningFileItemFragment[]>([]);
  protected readonly fileOptions = computed(() => {
    const known = this.files.hasValue() ? this.files.value() : [];
    const extra = this.uploaded().filter((u) => !known.some((k) => k.id === u.id));
    const lang = this.language.lang();
    return [...known, ...extra].map((file) => ({
      ...file,
      size: formatBytes(file.sizeBytes, lang),
    }));
  });

  protected readonly saving = signal(false);
  protected readonly uploading = signal(false);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly fileTooLarge = signal(false);

  constructor() {
    effect(() => {
      const lesson = this.lesson();
      untracked(() => {
        if (lesson) {
          this.form.reset(lessonFormValue(lesson));
        }
      });
    });
  }

  protected async upload(event: Event): Promise<void> {
    const inputElement = event.target as HTMLInputElement;
    const file = inputElement.files?.[0];
    inputElement.value = '';
    if (!file) {
      return;
    }
    this.fileTooLarge.set(file.size > MAX_LESSON_FILE_BYTES);
    if (this.fileTooLarge()) {
      return;
    }
    this.uploading.set(true);
    this.error.set(null);
    try {
      const stored = await this.editor.upload(this.courseId(), file);
      this.uploaded.update((list) => [...list, stored]);
      this.form.controls.fileId.setValue(stored.id);
      this.form.controls.fileId.markAsTouched();
    } catch (error) {
      const info = apiErrorInfo(error);
      applyServerError(this.form, info, {
        filename: 'fileId',
        contentType: 'fileId',
        contentBase64: 'fileId',
      });
      this.error.set(info);
    } finally {
      this.uploading.set(false);
    }
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    this.form.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const lesson = this.lesson();
      const input = toLessonInput(this.form.getRawValue(), lesson?.position);
      const result = lesson
        ? await this.editor.updateLesson(lesson.id, input)
        : await this.editor.addLesson(this.moduleId(), input);
      this.saved.emit(result);
    } catch (error) {
      const info = apiErrorInfo(error);
      applyServerError(this.form, info);
      this.error.set(info);
    } finally {
      this.saving.set(false);
    }
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { type ApiErrorInfo, apiErrorInfo, LanguageService } from '@lms/web/core';
import { PageHeader } from '@lms/web/ui';

import {
  EMPLOYEE_CSV_COLUMNS,
  EmployeeImportService,
  type ImportResult,
} from '../data-access/employee-import.service';
import {
  checkCsvFile,
  type CsvFileProblem,
  csvTemplateHref,
  formatBytes,
  MAX_CSV_BYTES,
  readCsvText,
} from './csv-file';

/** Rows of the error table; a file with thousands of bad rows still renders quickly. */
export const MAX_ERRORS_SHOWN = 500;

type Phase = 'idle' | 'checking' | 'checked' | 'importing' | 'done';

interface ChosenFile {
  name: string;
  size: number;
  csv: string;
}

/**
 * Two steps: a dry run that reports what the file would do, then the real import of the valid
 * rows. The real run sends the same text the dry run checked.
 */
@Component({
  selector: 'lib-employee-import-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    PageHeader,
    TranslocoDirective,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './employee-import-page.html',
  styleUrl: './employee-import-page.css',
})
export class EmployeeImportPage {
  private readonly importer = inject(EmployeeImportService);
  private readonly language = inject(LanguageService);

  protected readonly columns = EMPLOYEE_CSV_COLUMNS.join(', ');
  protected readonly templateHref = csvTemplateHref(EMPLOYEE_CSV_COLUMNS);
  protected readonly errorColumns = ['line', 'field', 'message'];

  protected readonly phase = signal<Phase>('idle');
  protected readonly file = signal<ChosenFile | null>(null);
  protected readonly fileProblem = signal<CsvFileProblem | null>(null);
  protected readonly preview = signal<ImportResult | null>(null);
  protected readonly result = signal<ImportResult | null>(null);
  protected readonly requestError = signal<ApiErrorInfo | null>(null);
  protected readonly dragging = signal(false);

  protected readonly busy = computed(() => ['checking', 'importing'].includes(this.phase()));
  /** The report on screen: the real result once imported, else the dry run's. */
  protected readonly report = computed(() => this.result() ?? this.preview());
  protected readonly validRows = computed(() => {
    const preview = this.preview();
    return preview ? preview.created + preview.updated : 0;
  });
  protected readonly shownErrors = computed(
    () => this.report()?.errors.slice(0, MAX_ERRORS_SHOWN) ?? [],
  );
  protected readonly hiddenErrors = computed(
    () => (this.report()?.errors.length ?? 0) - this.shownErrors().length,
  );
  protected readonly fileSize = computed(() => {
    const file = this.file();
    return file ? formatBytes(file.size, this.locale()) : '';
  });
  protected readonly maxSize = computed(() => formatBytes(MAX_CSV_BYTES, this.locale()));

  private locale(): string {
    return this.language.lang() === 'en' ? 'en-GB' : 'id-ID';
  }

  protected onFileInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so choosing the same file again after fixing it fires `change` again.
    input.value = '';
    if (file) {
      void this.choose(file);
    }
  }

  protected onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files?.[0];
    if (file && !this.busy()) {
      void this.choose(file);
    }
  }

  async choose(file: File): Promise<void> {
    this.reset();
    const problem = checkCsvFile(file);
    if (problem) {
      this.fileProblem.set(problem);
      return;
    }
    const csv = await readCsvText(file);
    this.file.set({ name: file.name, size: file.size, csv });
    await this.check();
  }

  protected async check(): Promise<void> {
    const file = this.file();
    if (!file) {
      return;
    }
    this.phase.set('checking');
    try {
      this.preview.set(await this.importer.run(file.csv, true));
      this.phase.set('checked');
    } catch (error) {
      this.requestError.set(apiErrorInfo(error));
      this.phase.set('idle');
    }
  }

  protected async import(): Promise<void> {
    const file = this.file();
    if (!file || this.phase() !== 'checked' || this.validRows() === 0) {
      return;
    }
    this.phase.set('importing');
    try {
      this.result.set(await this.importer.run(file.csv, false));
      this.phase.set('done');
    } catch (error) {
      this.requestError.set(apiErrorInfo(error));
      this.phase.set('checked');
    }
  }

  protected reset(): void {
    this.phase.set('idle');
    this.file.set(null);
    this.fileProblem.set(null);
    this.preview.set(null);
    this.result.set(null);
    this.requestError.set(null);
  }
}

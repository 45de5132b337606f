import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/**
 * A place to drop a PDF, with a "choose file" button for keyboards and touch screens (a drop zone
 * alone is unusable without a mouse). Emits the first file dropped or chosen.
 */
@Component({
  selector: 'lib-pdf-drop-zone',
  imports: [MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="zone"
      [class.over]="over()"
      (dragenter)="dragOver($event)"
      (dragover)="dragOver($event)"
      (dragleave)="over.set(false)"
      (drop)="drop($event)"
      data-testid="pdf-drop-zone"
    >
      <mat-icon svgIcon="upload" aria-hidden="true" class="icon" />
      <p class="prompt">{{ prompt() }}</p>
      <button mat-stroked-button type="button" (click)="picker.click()">{{ choose() }}</button>
      <input
        #picker
        type="file"
        accept="application/pdf,.pdf"
        class="picker"
        tabindex="-1"
        aria-hidden="true"
        (change)="picked(picker)"
        data-testid="pdf-input"
      />
    </div>
  `,
  styles: `
    .zone {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 24px;
      border: 2px dashed var(--mat-sys-outline);
      border-radius: 12px;
      background: var(--mat-sys-surface);
      text-align: center;
    }
    .zone.over {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
    }
    .icon {
      width: 36px;
      height: 36px;
      color: var(--mat-sys-primary);
    }
    .prompt {
      margin: 0;
    }
    .picker {
      display: none;
    }
  `,
})
export class PdfDropZone {
  readonly prompt = input.required<string>();
  readonly choose = input.required<string>();
  readonly file = output<File>();

  protected readonly over = signal(false);

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.over.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    const file = event.dataTransfer?.files?.[0];
    if (file) this.file.emit(file);
  }

  protected picked(input: HTMLInputElement): void {
    const file = input.files?.[0];
    if (file) this.file.emit(file);
    input.value = '';
  }
}

import {
  type AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  type ElementRef,
  forwardRef,
  inject,
  input,
  SecurityContext,
  signal,
  viewChild,
} from '@angular/core';
import { type ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { DomSanitizer } from '@angular/platform-browser';
import { TranslocoDirective } from '@jsverse/transloco';

interface ToolbarCommand {
  key: string;
  icon: string;
  command: string;
  value?: string;
}

/** The formatting the server keeps (rich-text.ts on the API): headings, emphasis, lists, links. */
const COMMANDS: readonly ToolbarCommand[] = [
  { key: 'bold', icon: 'bold', command: 'bold' },
  { key: 'italic', icon: 'italic', command: 'italic' },
  { key: 'heading', icon: 'heading', command: 'formatBlock', value: 'H3' },
  { key: 'bulletList', icon: 'bulletList', command: 'insertUnorderedList' },
  { key: 'numberList', icon: 'numberList', command: 'insertOrderedList' },
  { key: 'link', icon: 'link', command: 'createLink' },
  { key: 'clear', icon: 'clearFormat', command: 'removeFormat' },
];

/**
 * A small WYSIWYG editor for lesson text: a contenteditable surface and the browser's editing
 * commands. Its HTML is sanitized again by the API before it is stored, and by Angular when it is
 * shown to learners; what is loaded into the surface is sanitized here first.
 */
@Component({
  selector: 'lib-rich-text-editor',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, TranslocoDirective],
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => RichTextEditor), multi: true },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'learning.richText'">
      <div class="editor" [class.disabled]="disabled()" [class.invalid]="invalid()">
        <div class="toolbar" role="toolbar" [attr.aria-label]="t('toolbar')">
          @for (c of commands; track c.key) {
            <button
              mat-icon-button
              type="button"
              [matTooltip]="t(c.key)"
              [attr.aria-label]="t(c.key)"
              [disabled]="disabled()"
              (mousedown)="$event.preventDefault()"
              (click)="run(c, t('linkPrompt'))"
            >
              <mat-icon [svgIcon]="c.icon" />
            </button>
          }
        </div>
        <div
          #surface
          class="surface"
          role="textbox"
          aria-multiline="true"
          [attr.aria-label]="label()"
          [attr.contenteditable]="disabled() ? 'false' : 'true'"
          (input)="changed()"
          (blur)="touched()"
          data-testid="rich-text"
        ></div>
      </div>
    </ng-container>
  `,
  styles: `
    .editor {
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      background: var(--mat-sys-surface);
    }
    .editor:focus-within {
      border-color: var(--mat-sys-primary);
      box-shadow: inset 0 0 0 1px var(--mat-sys-primary);
    }
    .editor.invalid {
      border-color: var(--mat-sys-error);
    }
    .editor.disabled {
      opacity: 0.6;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .surface {
      min-height: 160px;
      max-height: 480px;
      overflow-y: auto;
      padding: 12px 16px;
      line-height: 1.6;
      outline: none;
    }
  `,
})
export class RichTextEditor implements ControlValueAccessor, AfterViewInit {
  /** Accessible name of the editing surface. */
  readonly label = input.required<string>();
  readonly invalid = input(false);

  private readonly surface = viewChild.required<ElementRef<HTMLElement>>('surface');
  private readonly sanitizer = inject(DomSanitizer);
  private readonly document = inject(DOCUMENT);

  protected readonly commands = COMMANDS;
  protected readonly disabled = signal(false);
  private onChange: (html: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  /** Forms may write a value before the surface exists; it is applied after the first render. */
  private pending: string | null = null;
  private viewReady = false;

  ngAfterViewInit(): void {
    this.viewReady = true;
    this.show(this.pending ?? '');
    this.pending = null;
  }

  writeValue(html: string | null): void {
    if (this.viewReady) {
      this.show(html ?? '');
    } else {
      this.pending = html ?? '';
    }
  }

  private show(html: string): void {
    this.surface().nativeElement.innerHTML =
      this.sanitizer.sanitize(SecurityContext.HTML, html) ?? '';
  }

  registerOnChange(fn: (html: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected run(command: ToolbarCommand, linkPrompt: string): void {
    this.surface().nativeElement.focus();
    let value = command.value;
    if (command.command === 'createLink') {
      const url = globalThis.prompt?.(linkPrompt, 'https://')?.trim();
      if (!url || !/^https?:\/\/\S+$/i.test(url)) {
        return;
      }
      value = url;
    }
    // execCommand is deprecated but remains the only editing API every browser implements.
    this.document.execCommand(command.command, false, value);
    this.changed();
  }

  protected changed(): void {
    this.onChange(this.surface().nativeElement.innerHTML);
  }

  protected touched(): void {
    this.onTouched();
  }
}

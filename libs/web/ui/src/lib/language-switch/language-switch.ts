import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { type Lang, LANGS } from '@lms/shared/domain';

const NAMES: Readonly<Record<Lang, string>> = { id: 'Bahasa Indonesia', en: 'English' };

/**
 * Two toggles, ID and EN. The group's label is written in both languages on purpose: someone who
 * cannot read the current language must still find the switch.
 */
@Component({
  selector: 'lib-language-switch',
  imports: [MatButtonToggleModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      class="switch"
      [value]="lang()"
      (change)="langChange.emit($event.value)"
      aria-label="Bahasa / Language"
      hideSingleSelectionIndicator
    >
      @for (option of langs; track option) {
        <mat-button-toggle
          [value]="option"
          [attr.lang]="option"
          [attr.aria-label]="names[option]"
          [attr.data-lang]="option"
        >
          {{ option.toUpperCase() }}
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    .switch {
      --mat-button-toggle-height: 32px;
      font-size: 0.8125rem;
      font-weight: 600;
    }
  `,
})
export class LanguageSwitch {
  readonly lang = input.required<Lang>();
  readonly langChange = output<Lang>();

  protected readonly langs = LANGS;
  protected readonly names = NAMES;
}

import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';

import { NIP_EN } from './i18n/nip.en';
import { NIP_ID } from './i18n/nip.id';
import { NipInsight } from './nip-insight';

let nextId = 0;

/** A NIP input that explains the number as it is typed. */
@Component({
  selector: 'lib-nip-check-field',
  imports: [MatFormFieldModule, MatInputModule, NipInsight, TranslocoDirective],
  providers: [
    provideTranslocoScope({
      scope: 'nip',
      loader: { id: () => Promise.resolve(NIP_ID), en: () => Promise.resolve(NIP_EN) },
    }),
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'nip'">
      <mat-form-field appearance="outline" class="field">
        <mat-label>{{ label() || t('label') }}</mat-label>
        <input
          matInput
          [id]="inputId"
          [value]="value()"
          (input)="value.set($any($event.target).value)"
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          [placeholder]="t('placeholder')"
          [attr.aria-describedby]="insightId"
          data-testid="nip-input"
        />
        <mat-hint>{{ t('hint') }}</mat-hint>
      </mat-form-field>
      <div [id]="insightId" class="result">
        @if (value().trim()) {
          <lib-nip-insight [nip]="value()" />
        }
      </div>
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
      max-width: 420px;
    }
    .result {
      margin-top: 16px;
    }
  `,
})
export class NipCheckField {
  /** Two-way bindable: `[(value)]`. */
  readonly value = model('');
  readonly label = input('');

  protected readonly inputId = `lib-nip-check-${nextId++}`;
  protected readonly insightId = `${this.inputId}-insight`;
}

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  DEFAULT_LANG,
  describeNipErrors,
  EmploymentType,
  employmentTypeLabel,
  genderLabel,
  isLang,
  type Lang,
  parseNip,
} from '@lms/shared/domain';

import { NIP_EN } from './i18n/nip.en';
import { NIP_ID } from './i18n/nip.id';
import { formatAppointment, formatIsoDate } from './nip-format';

/**
 * What a NIP says and what is wrong with it, recomputed on every keystroke with the same rules
 * the API applies (`parseNip` from the shared domain). `compact` is the one-line hint of the
 * login form; it never blocks anything.
 */
@Component({
  selector: 'lib-nip-insight',
  imports: [MatIconModule, TranslocoDirective],
  providers: [
    provideTranslocoScope({
      scope: 'nip',
      loader: { id: () => Promise.resolve(NIP_ID), en: () => Promise.resolve(NIP_EN) },
    }),
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './nip-insight.html',
  styleUrl: './nip-insight.css',
})
export class NipInsight {
  readonly nip = input.required<string>();
  readonly compact = input(false);

  private readonly transloco = inject(TranslocoService);
  private readonly activeLang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });

  protected readonly lang = computed<Lang>(() => {
    const lang = this.activeLang();
    return isLang(lang) ? lang : DEFAULT_LANG;
  });
  protected readonly analysis = computed(() => parseNip(this.nip()));
  protected readonly errors = computed(() => describeNipErrors(this.analysis(), this.lang()));
  protected readonly birthDate = computed(() => {
    const birthDate = this.analysis().birthDate;
    return birthDate ? formatIsoDate(birthDate, this.lang()) : undefined;
  });
  protected readonly appointment = computed(() => {
    const appointment = this.analysis().appointmentMonth;
    return appointment ? formatAppointment(appointment, this.lang()) : undefined;
  });
  protected readonly isPppk = computed(
    () => this.analysis().employmentType === EmploymentType.PPPK,
  );
  protected readonly gender = computed(() => {
    const gender = this.analysis().gender;
    return gender ? genderLabel(gender, this.lang()) : undefined;
  });
  protected readonly employmentType = computed(() => {
    const type = this.analysis().employmentType;
    return type ? employmentTypeLabel(type, this.lang()) : undefined;
  });
  /** Short form for the compact hint: just PNS or PPPK. */
  protected readonly employmentCode = computed(() => this.analysis().employmentType);
}

import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import type { AgencyItemFragment, AgencyQuotaInput } from '@lms/web/core';

/**
 * Seat quotas per agency (OPD): at most `seats` confirmed participants from the agency and the
 * units below it. The API refuses an agency named twice, a quota larger than the class, agencies
 * of another region and an agency inside another one with a quota; the first two are checked here
 * too, the others come back from the API on the editor.
 */
export function quotaRow(agencyId = '', seats: number | null = null) {
  return new FormGroup({
    agencyId: new FormControl(agencyId, { nonNullable: true, validators: [Validators.required] }),
    seats: new FormControl<number | null>(seats, {
      validators: [
        Validators.required,
        Validators.min(1),
        Validators.max(100_000),
        Validators.pattern(/^\d+$/),
      ],
    }),
  });
}

export type QuotaRow = ReturnType<typeof quotaRow>;

/** One row per agency: reported on the list, where the organizer sees both rows. */
export function distinctAgencies(rows: AbstractControl): ValidationErrors | null {
  const ids = (rows.value as { agencyId: string }[]).map((r) => r.agencyId).filter(Boolean);
  return new Set(ids).size === ids.length ? null : { duplicateAgency: true };
}

export function quotaRows(): FormArray<QuotaRow> {
  return new FormArray<QuotaRow>([], { validators: [distinctAgencies] });
}

/**
 * A quota larger than the class is reported on that row's seats (a form-level rule, since it
 * reads the capacity; like `endAfterStart` it sets and clears the error on the control).
 */
export function quotasWithinCapacity(group: AbstractControl): null {
  const capacity = Number(group.get('capacity')?.value);
  const rows = group.get('agencyQuotas') as FormArray<QuotaRow> | null;
  for (const row of rows?.controls ?? []) {
    const seats = row.controls.seats;
    const over = capacity > 0 && seats.value !== null && Number(seats.value) > capacity;
    const { overCapacity: _, ...others } = seats.errors ?? {};
    if (over) {
      seats.setErrors({ ...others, overCapacity: { capacity } });
    } else if (seats.hasError('overCapacity')) {
      seats.setErrors(Object.keys(others).length ? others : null);
    }
  }
  return null;
}

export function toQuotaInputs(
  rows: readonly { agencyId: string; seats: number | null }[],
): AgencyQuotaInput[] {
  return rows.map((r) => ({ agencyId: r.agencyId, seats: Number(r.seats) }));
}

/** An agency as the quota select offers it: indented under its parent, in the API's tree order. */
export interface AgencyOption {
  id: string;
  code: string;
  name: string;
  depth: number;
}

export function agencyOptions(agencies: readonly AgencyItemFragment[]): AgencyOption[] {
  return agencies.map((a) => ({ id: a.id, code: a.code, name: a.name, depth: a.depth }));
}

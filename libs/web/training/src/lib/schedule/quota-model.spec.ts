import { explainError } from '../shared/training-errors';
import { quotaRow } from './quota-model';
import { applyServerError, scheduleForm, toScheduleInput } from './schedule-form-model';

function filled() {
  const form = scheduleForm();
  form.patchValue({
    courseId: 'c1',
    title: 'Bimtek SPBE Angkatan I',
    startDate: '2026-12-01',
    endDate: '2026-12-03',
    capacity: 20,
  });
  return form;
}

describe('instructors and agency quotas in the schedule form', () => {
  it('sends the chosen instructors once each and the quotas as numbers', () => {
    const form = filled();
    form.controls.instructorIds.setValue(['u1', 'u2', 'u1']);
    form.controls.agencyQuotas.push(quotaRow('a1', 5));
    form.controls.agencyQuotas.push(quotaRow('a2', '8' as unknown as number));
    expect(form.valid).toBe(true);
    expect(toScheduleInput(form.getRawValue())).toMatchObject({
      instructorIds: ['u1', 'u2'],
      agencyQuotas: [
        { agencyId: 'a1', seats: 5 },
        { agencyId: 'a2', seats: 8 },
      ],
    });
  });

  it('sends empty lists when the organizer picks nobody and sets no quota', () => {
    expect(toScheduleInput(filled().getRawValue())).toMatchObject({
      instructorIds: [],
      agencyQuotas: [],
    });
  });

  it('wants an agency and at least one whole seat on every row', () => {
    const form = filled();
    form.controls.agencyQuotas.push(quotaRow());
    const row = form.controls.agencyQuotas.at(0);
    expect(row.controls.agencyId.hasError('required')).toBe(true);
    expect(row.controls.seats.hasError('required')).toBe(true);
    row.setValue({ agencyId: 'a1', seats: 0 });
    expect(row.controls.seats.hasError('min')).toBe(true);
    row.controls.seats.setValue(2.5);
    expect(row.controls.seats.hasError('pattern')).toBe(true);
    row.controls.seats.setValue(3);
    expect(form.valid).toBe(true);
  });

  it('refuses one agency twice, on the list', () => {
    const form = filled();
    form.controls.agencyQuotas.push(quotaRow('a1', 5));
    form.controls.agencyQuotas.push(quotaRow('a1', 3));
    expect(form.controls.agencyQuotas.hasError('duplicateAgency')).toBe(true);
    expect(form.invalid).toBe(true);
    form.controls.agencyQuotas.removeAt(1);
    expect(form.valid).toBe(true);
  });

  it('reports a quota larger than the class on its seats, and clears it when the class grows', () => {
    const form = filled();
    form.controls.agencyQuotas.push(quotaRow('a1', 25));
    const seats = form.controls.agencyQuotas.at(0).controls.seats;
    expect(seats.getError('overCapacity')).toEqual({ capacity: 20 });
    expect(form.invalid).toBe(true);
    form.controls.capacity.setValue(30);
    expect(seats.errors).toBeNull();
    expect(form.valid).toBe(true);
    seats.setValue(31);
    expect(seats.getError('overCapacity')).toEqual({ capacity: 30 });
  });

  it("puts the API's double booking on the instructor picker and a quota refusal on the list", () => {
    const form = filled();
    form.controls.agencyQuotas.push(quotaRow('a1', 5));
    expect(
      applyServerError(
        form,
        explainError({
          code: 'CONFLICT',
          field: 'instructorIds',
          message:
            'instructorIds: widyaiswara already teaches "Analisis Data" from 2026-12-02 to 2026-12-04',
        }),
      ),
    ).toBe(true);
    expect(form.controls.instructorIds.errors?.['server']).toMatchObject({
      key: 'instructorBooked',
      params: { name: 'widyaiswara', title: 'Analisis Data', from: '2026-12-02', to: '2026-12-04' },
    });
    expect(
      applyServerError(
        form,
        explainError({
          code: 'BAD_USER_INPUT',
          field: 'input.agencyQuotas.0.seats',
          message: 'input.agencyQuotas.0.seats: must not be less than 1',
        }),
      ),
    ).toBe(true);
    expect(form.controls.agencyQuotas.errors?.['server']).toMatchObject({ key: 'quotas' });
    // The next edit of the list clears the API's word on it.
    form.controls.agencyQuotas.at(0).controls.seats.setValue(4);
    expect(form.controls.agencyQuotas.hasError('server')).toBe(false);
  });
});

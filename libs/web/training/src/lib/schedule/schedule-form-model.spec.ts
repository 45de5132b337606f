import { explainError } from '../shared/training-errors';
import { quotaRow } from './quota-model';
import {
  applyServerError,
  clearServerErrors,
  scheduleForm,
  toScheduleInput,
  zonedInstant,
} from './schedule-form-model';

function filled() {
  const form = scheduleForm();
  form.patchValue({
    courseId: 'c1',
    title: '  Bimtek SPBE Angkatan I ',
    startDate: '2026-12-01',
    endDate: '2026-12-03',
    capacity: 25,
    minAttendancePercent: 75,
    venue: 'Aula BKPSDM',
    meetingUrl: 'https://meet.example.go.id/spbe',
  });
  return form;
}

describe('schedule form', () => {
  it('reports an end before the start on the end date, and clears it when fixed', () => {
    const form = filled();
    form.controls.endDate.setValue('2026-11-30');
    expect(form.controls.endDate.hasError('endBeforeStart')).toBe(true);
    expect(form.invalid).toBe(true);
    form.controls.endDate.setValue('2026-12-01');
    expect(form.controls.endDate.errors).toBeNull();
    expect(form.valid).toBe(true);
  });

  it('keeps the venue of in-person classes and the link of online ones only', () => {
    const form = filled();
    expect(toScheduleInput(form.getRawValue())).toMatchObject({
      title: 'Bimtek SPBE Angkatan I',
      venue: 'Aula BKPSDM',
      meetingUrl: null,
      capacity: 25,
      minAttendanceRate: 0.75,
      registrationOpensAt: null,
    });
    form.controls.mode.setValue('ONLINE');
    expect(toScheduleInput(form.getRawValue())).toMatchObject({
      venue: null,
      meetingUrl: 'https://meet.example.go.id/spbe',
    });
    form.controls.mode.setValue('BLENDED');
    expect(toScheduleInput(form.getRawValue())).toMatchObject({
      venue: 'Aula BKPSDM',
      meetingUrl: 'https://meet.example.go.id/spbe',
    });
  });

  it('reads registration times in the class zone, whatever the browser zone', () => {
    expect(zonedInstant('2026-11-30T17:00', 'Asia/Jakarta')).toBe('2026-11-30T10:00:00.000Z');
    expect(zonedInstant('2026-11-30T17:00', 'Asia/Jayapura')).toBe('2026-11-30T08:00:00.000Z');
    expect(zonedInstant('', 'Asia/Jakarta')).toBeNull();
  });

  it("puts the server's error on the control it names, the attendance rate on its percent field", () => {
    const form = filled();
    const onLink = applyServerError(
      form,
      explainError({
        code: 'BAD_USER_INPUT',
        field: 'meetingUrl',
        message: 'meetingUrl: is required for ONLINE classes',
      }),
    );
    expect(onLink).toBe(true);
    expect(form.controls.meetingUrl.errors?.['server']).toMatchObject({
      key: 'meetingUrlRequired',
    });
    expect(
      applyServerError(
        form,
        explainError({ code: 'BAD_USER_INPUT', field: 'minAttendanceRate', message: 'x: y' }),
      ),
    ).toBe(true);
    expect(form.controls.minAttendancePercent.hasError('server')).toBe(true);
    expect(
      applyServerError(form, explainError({ code: 'FORBIDDEN', field: 'title', message: 'no' })),
    ).toBe(false);
    expect(
      applyServerError(
        form,
        explainError({ code: 'BAD_USER_INPUT', field: 'regionId', message: 'x' }),
      ),
    ).toBe(false);
  });

  it("forgets the API's refusals before the next try, keeping the form's own errors", () => {
    const form = filled();
    form.controls.agencyQuotas.push(quotaRow('a1', 40));
    const booked = explainError({
      code: 'CONFLICT',
      field: 'instructorIds',
      message: 'instructorIds: widyaiswara already teaches "X" from 2026-12-01 to 2026-12-02',
    });
    applyServerError(form, booked);
    applyServerError(
      form,
      explainError({ code: 'BAD_USER_INPUT', field: 'agencyQuotas', message: 'agencyQuotas: x' }),
    );
    expect(form.controls.instructorIds.hasError('server')).toBe(true);
    clearServerErrors(form);
    expect(form.controls.instructorIds.errors).toBeNull();
    expect(form.controls.agencyQuotas.hasError('server')).toBe(false);
    // The quota of 40 seats in a class of 25 stays wrong: that is the form's own rule.
    expect(form.controls.agencyQuotas.at(0).controls.seats.hasError('overCapacity')).toBe(true);
    form.controls.agencyQuotas.at(0).controls.seats.setValue(10);
    expect(form.valid).toBe(true);
  });
});

import type { CourseSummaryFragment } from '@lms/web/core';

import { courseForm, courseFormValue, toCreateInput, toUpdateInput } from './course-form-model';

describe('course form model', () => {
  it('checks the code, the title, the competency and the JP like the server', () => {
    const form = courseForm();
    expect(form.valid).toBe(false);
    form.patchValue({ code: 'BT 01', title: 'ab', competency: 'TECHNICAL', jp: 0 });
    expect(form.controls.code.hasError('pattern')).toBe(true);
    expect(form.controls.title.hasError('minlength')).toBe(true);
    expect(form.controls.jp.hasError('jp')).toBe(true);
    form.patchValue({ code: 'BT-01', title: 'Analisis Data', jp: 2.555 });
    expect(form.controls.jp.hasError('jp')).toBe(true);
    form.patchValue({ jp: 2.5 });
    expect(form.valid).toBe(true);
  });

  it('builds the create input, trimmed, with the region only when chosen', () => {
    const form = courseForm();
    form.patchValue({
      code: ' BT-01 ',
      title: ' Analisis Data ',
      description: '  ',
      competency: 'TECHNICAL',
      jp: 4,
      digital: true,
    });
    expect(toCreateInput(form.getRawValue())).toEqual({
      code: 'BT-01',
      title: 'Analisis Data',
      description: null,
      competency: 'TECHNICAL',
      competencyId: null,
      level: null,
      digital: true,
      jp: 4,
      delivery: 'ONLINE',
      shared: false,
    });
    form.patchValue({ regionId: 'r1' });
    expect(toCreateInput(form.getRawValue()).regionId).toBe('r1');
  });

  it('round-trips a course and leaves code and region out of an update', () => {
    const course = {
      id: 'c1',
      code: 'BT-01',
      title: 'Analisis Data',
      description: 'Dasar',
      competency: 'TECHNICAL',
      competencyId: 'k1',
      level: 2,
      delivery: 'BLENDED',
      digital: true,
      jp: 6,
      shared: true,
      regionId: 'r1',
    } as CourseSummaryFragment;
    const update = toUpdateInput(courseFormValue(course));
    expect(update).toEqual({
      title: 'Analisis Data',
      description: 'Dasar',
      competency: 'TECHNICAL',
      competencyId: 'k1',
      level: 2,
      digital: true,
      jp: 6,
      delivery: 'BLENDED',
      shared: true,
    });
  });
});

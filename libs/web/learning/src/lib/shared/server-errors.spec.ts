import { FormControl, FormGroup, Validators } from '@angular/forms';

import { applyServerError, serverErrorOf } from './server-errors';

describe('applyServerError', () => {
  function form() {
    return new FormGroup({
      code: new FormControl('BT-01', { nonNullable: true, validators: [Validators.required] }),
      jp: new FormControl<number | null>(2),
    });
  }

  it('marks the control the API named, until the person edits it', () => {
    const f = form();
    const control = applyServerError(f, {
      code: 'CONFLICT',
      field: 'code',
      message: 'code: a course with code BT-01 already exists',
    });
    expect(control).toBe(f.controls.code);
    expect(f.controls.code.touched).toBe(true);
    expect(serverErrorOf(f.controls.code)).toMatchObject({ key: 'codeTaken' });

    f.controls.code.setValue('BT-02');
    expect(serverErrorOf(f.controls.code)).toBeNull();
  });

  it('follows aliases and ignores errors that name no control or are not input errors', () => {
    const f = form();
    expect(
      applyServerError(
        f,
        { code: 'BAD_USER_INPUT', field: 'credits', message: 'credits: x' },
        {
          credits: 'jp',
        },
      ),
    ).toBe(f.controls.jp);
    expect(
      applyServerError(f, { code: 'BAD_USER_INPUT', field: 'lessons', message: '' }),
    ).toBeNull();
    expect(applyServerError(f, { code: 'FORBIDDEN', field: 'code' })).toBeNull();
  });
});

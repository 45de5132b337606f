import { fieldError } from './field-errors';

describe('fieldError', () => {
  it('names a duplicate course code apart from a badly formed one', () => {
    expect(
      fieldError({
        code: 'CONFLICT',
        field: 'code',
        message: 'code: a course with code X already exists',
      }),
    ).toEqual({
      field: 'code',
      key: 'codeTaken',
      detail: 'a course with code X already exists',
      code: 'CONFLICT',
    });
    expect(
      fieldError({ code: 'BAD_USER_INPUT', field: 'code', message: 'code: must be 1 to 50' }).key,
    ).toBe('codeFormat');
  });

  it('reads the top field of a nested validation path and picks the rule by its text', () => {
    const error = fieldError({
      code: 'BAD_USER_INPUT',
      field: 'options',
      message: 'options: mark at least one option as correct',
    });
    expect(error.field).toBe('options');
    expect(error.key).toBe('noCorrect');
    expect(
      fieldError({
        code: 'BAD_USER_INPUT',
        field: 'options.0.text',
        message: 'options.0.text: text must be longer than or equal to 1 characters',
      }),
    ).toMatchObject({ field: 'options', key: 'optionText' });
  });

  it('explains publishing without lessons', () => {
    expect(
      fieldError({
        code: 'BAD_USER_INPUT',
        field: 'lessons',
        message: 'lessons: add at least one lesson before publishing the course',
      }),
    ).toMatchObject({ field: 'lessons', key: 'noLessons' });
  });

  it('keeps the server text when no rule is known', () => {
    expect(
      fieldError({
        code: 'BAD_USER_INPUT',
        field: 'durationMinutes',
        message: 'durationMinutes: x',
      }),
    ).toEqual({ field: 'durationMinutes', key: null, detail: 'x', code: 'BAD_USER_INPUT' });
    expect(fieldError({ code: 'NETWORK' })).toEqual({
      field: null,
      key: null,
      detail: '',
      code: 'NETWORK',
    });
  });
});

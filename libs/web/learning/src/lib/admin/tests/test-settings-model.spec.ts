import {
  defaultSettings,
  settingsValue,
  testSettingsForm,
  toSettingsInput,
} from './test-settings-model';

describe('test settings model', () => {
  it('proposes a one-try pre-test and a three-try post-test sized to the bank', () => {
    expect(defaultSettings('PRE', 4)).toMatchObject({
      questionCount: 4,
      maxAttempts: 1,
      passingScore: 0,
    });
    expect(defaultSettings('POST', 40)).toMatchObject({
      questionCount: 10,
      maxAttempts: 3,
      passingScore: 70,
    });
    expect(defaultSettings('POST', 0).questionCount).toBe(10);
  });

  it('reads empty limits as no limit', () => {
    const form = testSettingsForm();
    form.setValue(
      settingsValue({
        questionCount: 5,
        passingScore: 75,
        timeLimitMinutes: null,
        maxAttempts: null,
      }),
    );
    expect(form.valid).toBe(true);
    expect(toSettingsInput(form.getRawValue())).toEqual({
      questionCount: 5,
      timeLimitMinutes: null,
      passingScore: 75,
      maxAttempts: null,
      revealAnswers: false,
    });
  });

  it('checks the ranges the API checks', () => {
    const form = testSettingsForm();
    form.setValue({
      questionCount: 0,
      timeLimitMinutes: 0,
      passingScore: 101,
      maxAttempts: 0,
      revealAnswers: false,
    });
    expect(form.controls.questionCount.hasError('min')).toBe(true);
    expect(form.controls.timeLimitMinutes.hasError('min')).toBe(true);
    expect(form.controls.passingScore.hasError('max')).toBe(true);
    expect(form.controls.maxAttempts.hasError('min')).toBe(true);
  });
});

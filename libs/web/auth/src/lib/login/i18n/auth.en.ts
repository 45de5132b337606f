import type { TranslationShape } from '@lms/web/core';

import type { AUTH_ID } from './auth.id';

export const AUTH_EN: TranslationShape<typeof AUTH_ID> = {
  heading: 'Sign in to LMS Bimtek',
  intro: 'Use your username, e-mail address or NIP.',
  identifier: 'Username, e-mail or NIP',
  password: 'Password',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  required: 'Required.',
  wrongCredentials: 'Wrong username/NIP or password. Check them and try again.',
  throttled: 'Too many sign-in attempts. Try again in {{seconds}} seconds.',
  throttledNoTime: 'Too many sign-in attempts. Wait a moment and try again.',
  sessionExpired: 'Your session has ended. Please sign in again.',
  footer: 'Learning services for regional government staff.',
};

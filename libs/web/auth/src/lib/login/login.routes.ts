import type { Routes } from '@angular/router';
import { guestGuard, provideTranslationScope } from '@lms/web/core';

import { AUTH_EN } from './i18n/auth.en';
import { AUTH_ID } from './i18n/auth.id';
import { LoginPage } from './login-page';

export const loginRoutes: Routes = [
  {
    path: '',
    component: LoginPage,
    canActivate: [guestGuard],
    title: 'titles.login',
    providers: [provideTranslationScope('auth', { id: AUTH_ID, en: AUTH_EN })],
  },
];

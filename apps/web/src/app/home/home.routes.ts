import type { Routes } from '@angular/router';
import { provideTranslationScope } from '@lms/web/core';

import { HomePage } from './home-page';
import { HOME_EN } from './i18n/home.en';
import { HOME_ID } from './i18n/home.id';

export const homeRoutes: Routes = [
  {
    path: '',
    component: HomePage,
    title: 'titles.home',
    providers: [provideTranslationScope('home', { id: HOME_ID, en: HOME_EN })],
  },
];

import type { Routes } from '@angular/router';
import { provideTranslationScope } from '@lms/web/core';

import { ORGANIZATION_EN } from './i18n/organization.en';
import { ORGANIZATION_ID } from './i18n/organization.id';
import { OrganizationPage } from './organization-page/organization-page';

/** Mounted at `/wilayah`; the app restricts it to ADMIN. */
export const organizationRoutes: Routes = [
  {
    path: '',
    component: OrganizationPage,
    title: 'titles.organization',
    providers: [
      provideTranslationScope('organization', { id: ORGANIZATION_ID, en: ORGANIZATION_EN }),
    ],
  },
];

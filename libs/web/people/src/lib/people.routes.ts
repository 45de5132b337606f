import type { Routes } from '@angular/router';
import { provideTranslationScope } from '@lms/web/core';

import { PeopleDirectoryPage } from './directory/people-directory-page';
import { EmployeePage } from './employee/employee-page';
import { PEOPLE_EN } from './i18n/people.en';
import { PEOPLE_ID } from './i18n/people.id';
import { NipCheckPage } from './nip-check/nip-check-page';

const peopleScope = provideTranslationScope('people', { id: PEOPLE_ID, en: PEOPLE_EN });

/** Mounted at `/pegawai`; the app guards the whole branch by role. */
export const peopleRoutes: Routes = [
  {
    path: '',
    providers: [peopleScope],
    children: [
      { path: '', component: PeopleDirectoryPage, title: 'titles.people' },
      { path: ':id', component: EmployeePage, title: 'titles.employee' },
    ],
  },
];

/** Mounted at `/cek-nip`. */
export const nipCheckRoutes: Routes = [
  { path: '', component: NipCheckPage, title: 'titles.nipCheck', providers: [peopleScope] },
];

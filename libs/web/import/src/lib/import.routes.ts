import type { Routes } from '@angular/router';
import { provideTranslationScope } from '@lms/web/core';

import { EmployeeImportPage } from './employee-import/employee-import-page';
import { IMPORT_EN } from './i18n/import.en';
import { IMPORT_ID } from './i18n/import.id';

/** Mounted at `/impor-pegawai`; the app restricts it to ADMIN and HR_ANALYST. */
export const importRoutes: Routes = [
  {
    path: '',
    component: EmployeeImportPage,
    title: 'titles.import',
    providers: [provideTranslationScope('import', { id: IMPORT_ID, en: IMPORT_EN })],
  },
];

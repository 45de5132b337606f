import type { Routes } from '@angular/router';
import { provideTranslationScope } from '@lms/web/core';

import { AUDIT_EN } from './i18n/audit.en';
import { AUDIT_ID } from './i18n/audit.id';
import { AuditTrailPage } from './trail/audit-trail-page';

/** Mounted at `/jejak-audit` for ADMIN (the app guards the branch by role). */
export const auditRoutes: Routes = [
  {
    path: '',
    component: AuditTrailPage,
    title: 'titles.audit',
    providers: [provideTranslationScope('audit', { id: AUDIT_ID, en: AUDIT_EN })],
  },
];

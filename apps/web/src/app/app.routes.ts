import type { Route } from '@angular/router';
import { authGuard, LOGIN_PATH, roleGuard } from '@lms/web/core';

import { NotFoundPage } from './not-found/not-found-page';
import {
  AUDIT_ROLES,
  COURSE_EDITOR_ROLES,
  IMPORT_ROLES,
  INDICATOR_ROLES,
  LEARNER_ROLES,
  NIP_CHECK_ROLES,
  ORGANIZATION_ROLES,
  PEOPLE_ROLES,
  TRAINING_STAFF_ROLES,
} from './shell/access';
import { Shell } from './shell/shell';

export const appRoutes: Route[] = [
  {
    path: LOGIN_PATH,
    loadChildren: () => import('@lms/web/auth').then((m) => m.loginRoutes),
  },
  {
    // Public: the QR code on every certificate opens it, for anyone, signed in or not.
    path: 'verify',
    component: Shell,
    loadChildren: () => import('@lms/web/certificates').then((m) => m.verifyRoutes),
  },
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'beranda' },
      {
        path: 'beranda',
        loadChildren: () => import('./home/home.routes').then((m) => m.homeRoutes),
      },
      {
        path: 'pegawai',
        canActivate: [roleGuard(...PEOPLE_ROLES)],
        loadChildren: () => import('@lms/web/people').then((m) => m.peopleRoutes),
      },
      {
        path: 'cek-nip',
        canActivate: [roleGuard(...NIP_CHECK_ROLES)],
        loadChildren: () => import('@lms/web/people').then((m) => m.nipCheckRoutes),
      },
      {
        path: 'impor-pegawai',
        canActivate: [roleGuard(...IMPORT_ROLES)],
        loadChildren: () => import('@lms/web/import').then((m) => m.importRoutes),
      },
      {
        path: 'wilayah',
        canActivate: [roleGuard(...ORGANIZATION_ROLES)],
        loadChildren: () => import('@lms/web/organization').then((m) => m.organizationRoutes),
      },
      {
        path: 'katalog',
        canActivate: [roleGuard(...LEARNER_ROLES)],
        loadChildren: () => import('@lms/web/learning').then((m) => m.catalogRoutes),
      },
      {
        path: 'pembelajaran-saya',
        canActivate: [roleGuard(...LEARNER_ROLES)],
        loadChildren: () => import('@lms/web/learning').then((m) => m.myLearningRoutes),
      },
      {
        path: 'kursus',
        canActivate: [roleGuard(...COURSE_EDITOR_ROLES)],
        loadChildren: () => import('@lms/web/learning').then((m) => m.courseAdminRoutes),
      },
      {
        path: 'bimtek',
        canActivate: [roleGuard(...TRAINING_STAFF_ROLES)],
        loadChildren: () => import('@lms/web/training').then((m) => m.trainingAdminRoutes),
      },
      {
        path: 'jadwal-bimtek',
        canActivate: [roleGuard(...LEARNER_ROLES)],
        loadChildren: () => import('@lms/web/training').then((m) => m.learnerTrainingRoutes),
      },
      {
        path: 'bimtek-saya',
        canActivate: [roleGuard(...LEARNER_ROLES)],
        loadChildren: () => import('@lms/web/training').then((m) => m.myTrainingsRoutes),
      },
      {
        path: 'sertifikat-saya',
        canActivate: [roleGuard(...LEARNER_ROLES)],
        loadChildren: () => import('@lms/web/certificates').then((m) => m.myCertificatesRoutes),
      },
      {
        path: 'indikator',
        canActivate: [roleGuard(...INDICATOR_ROLES)],
        loadChildren: () => import('@lms/web/indicators').then((m) => m.indicatorRoutes),
      },
      {
        path: 'jejak-audit',
        canActivate: [roleGuard(...AUDIT_ROLES)],
        loadChildren: () => import('@lms/web/audit').then((m) => m.auditRoutes),
      },
      { path: '**', component: NotFoundPage, title: 'titles.notFound' },
    ],
  },
];

import type { Routes } from '@angular/router';

import { ClassCertificatesPage } from './class/class-certificates-page';
import { CERTIFICATES_SCOPE } from './i18n/certificates-scope';
import { MyCertificatesPage } from './mine/my-certificates-page';
import { provideCertificateIcons } from './shared/certificate-icons';
import { VerifyPage } from './verify/verify-page';

const certificateProviders = [CERTIFICATES_SCOPE, provideCertificateIcons()];

/**
 * Mounted at `/verify` OUTSIDE the sign-in guard: the QR code on every certificate opens
 * `{PUBLIC_URL}/verify/{code}` for anyone holding it.
 */
export const verifyRoutes: Routes = [
  {
    path: ':code',
    component: VerifyPage,
    title: 'titles.verifyCertificate',
    providers: certificateProviders,
  },
];

/** Mounted at `/sertifikat-saya` for learners. */
export const myCertificatesRoutes: Routes = [
  {
    path: '',
    component: MyCertificatesPage,
    title: 'titles.myCertificates',
    providers: certificateProviders,
  },
];

/** A class's certificates: the "Sertifikat" tab of `/bimtek/:trainingId` (organizers). */
export const classCertificatesRoutes: Routes = [
  {
    path: '',
    component: ClassCertificatesPage,
    title: 'titles.trainingCertificates',
    providers: certificateProviders,
  },
];

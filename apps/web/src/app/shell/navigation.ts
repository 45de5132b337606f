import { Role } from '@lms/shared/domain';
import type { LmsIconName } from '@lms/web/ui';

import {
  AUDIT_ROLES,
  COURSE_EDITOR_ROLES,
  IMPORT_ROLES,
  INDICATOR_ROLES,
  LEARNER_ROLES,
  NIP_CHECK_ROLES,
  ORGANIZATION_ROLES,
  PEOPLE_ROLES,
  QUEUE_DASHBOARD_ROLES,
  STAFF_ROLES,
  TRAINING_STAFF_ROLES,
} from './access';

export interface NavItem {
  path: string;
  /** Key of the shared dictionary. */
  labelKey: string;
  icon: LmsIconName;
  roles: readonly Role[];
  /**
   * Not a page of the app: the API's queue dashboard, opened in a new tab after the shell has
   * asked the API for its short-lived cookie.
   */
  queueDashboard?: true;
}

/**
 * The side navigation, in display order. Later features (Kursus, Bimtek, Sertifikat, Indikator)
 * join this list with their roles and their own lazy routes.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/beranda', labelKey: 'nav.home', icon: 'home', roles: [...STAFF_ROLES, Role.LEARNER] },
  { path: '/katalog', labelKey: 'nav.catalog', icon: 'search', roles: LEARNER_ROLES },
  {
    path: '/pembelajaran-saya',
    labelKey: 'nav.myLearning',
    icon: 'school',
    roles: LEARNER_ROLES,
  },
  {
    path: '/jadwal-bimtek',
    labelKey: 'nav.trainingSchedule',
    icon: 'event',
    roles: LEARNER_ROLES,
  },
  {
    path: '/bimtek-saya',
    labelKey: 'nav.myTrainings',
    icon: 'eventAvailable',
    roles: LEARNER_ROLES,
  },
  {
    path: '/sertifikat-saya',
    labelKey: 'nav.myCertificates',
    icon: 'certificate',
    roles: LEARNER_ROLES,
  },
  { path: '/kursus', labelKey: 'nav.courses', icon: 'school', roles: COURSE_EDITOR_ROLES },
  { path: '/bimtek', labelKey: 'nav.trainings', icon: 'event', roles: TRAINING_STAFF_ROLES },
  { path: '/pegawai', labelKey: 'nav.people', icon: 'people', roles: PEOPLE_ROLES },
  { path: '/impor-pegawai', labelKey: 'nav.import', icon: 'upload', roles: IMPORT_ROLES },
  { path: '/wilayah', labelKey: 'nav.organization', icon: 'tree', roles: ORGANIZATION_ROLES },
  { path: '/cek-nip', labelKey: 'nav.nipCheck', icon: 'badge', roles: NIP_CHECK_ROLES },
  { path: '/indikator', labelKey: 'nav.indicators', icon: 'insights', roles: INDICATOR_ROLES },
  { path: '/jejak-audit', labelKey: 'nav.audit', icon: 'history', roles: AUDIT_ROLES },
  {
    path: '/admin/queues',
    labelKey: 'nav.queues',
    icon: 'queue',
    roles: QUEUE_DASHBOARD_ROLES,
    queueDashboard: true,
  },
];

/** The items a person with `roles` may use; one entry per path when several roles grant it. */
export function navigationFor(roles: readonly Role[]): NavItem[] {
  const seen = new Set<string>();
  return NAV_ITEMS.filter((item) => {
    if (seen.has(item.path) || !item.roles.some((role) => roles.includes(role))) {
      return false;
    }
    seen.add(item.path);
    return true;
  });
}

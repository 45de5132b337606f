import type { Lang } from '@lms/shared/domain';

import { NotificationKind } from '../common/training-enums';

type Render = (subject: string) => string;

const MESSAGES: Readonly<Record<NotificationKind, Readonly<Record<Lang, Render>>>> = {
  ENROLLMENT_CONFIRMED: {
    id: (s) => `Anda terdaftar sebagai peserta "${s}".`,
    en: (s) => `You have a seat in "${s}".`,
  },
  ENROLLMENT_WAITLISTED: {
    id: (s) => `Kelas "${s}" penuh; Anda masuk daftar tunggu.`,
    en: (s) => `"${s}" is full; you are on the waiting list.`,
  },
  ENROLLMENT_PROMOTED: {
    id: (s) => `Kursi tersedia: Anda kini peserta "${s}".`,
    en: (s) => `A seat opened up: you now have a seat in "${s}".`,
  },
  REGISTRATION_PENDING: {
    id: (s) => `Pendaftaran Anda di "${s}" menunggu persetujuan penyelenggara.`,
    en: (s) => `Your registration for "${s}" awaits the organizer's approval.`,
  },
  REGISTRATION_REJECTED: {
    id: (s) => `Pendaftaran Anda di "${s}" tidak disetujui.`,
    en: (s) => `Your registration for "${s}" was not approved.`,
  },
  ENROLLMENT_CANCELLED: {
    id: (s) => `Keikutsertaan Anda di "${s}" dibatalkan.`,
    en: (s) => `Your place in "${s}" was cancelled.`,
  },
  TRAINING_CANCELLED: {
    id: (s) => `Kelas "${s}" dibatalkan oleh penyelenggara.`,
    en: (s) => `"${s}" was cancelled by the organizer.`,
  },
  TRAINING_COMPLETED: {
    id: (s) => `Selamat, Anda dinyatakan lulus "${s}"; JP telah dicatat.`,
    en: (s) => `Congratulations, you completed "${s}"; the JP are credited.`,
  },
  TRAINING_NOT_COMPLETED: {
    id: (s) => `Anda belum memenuhi syarat kelulusan "${s}".`,
    en: (s) => `You did not meet the completion requirements of "${s}".`,
  },
};

export function notificationMessage(kind: NotificationKind, subject: string, lang: Lang): string {
  return MESSAGES[kind][lang](subject);
}

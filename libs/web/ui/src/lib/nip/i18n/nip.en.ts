import type { TranslationShape } from '../../i18n/translation-shape';
import type { NIP_ID } from './nip.id';

export const NIP_EN: TranslationShape<typeof NIP_ID> = {
  label: 'NIP',
  placeholder: 'e.g. 19850315 201001 1 001',
  hint: '18 digits; spaces may be used as separators.',
  valid: 'Valid NIP',
  invalid: 'The NIP is not valid yet',
  birthDate: 'Birth date',
  appointmentPns: 'Appointment (TMT CPNS)',
  appointmentPppk: 'PPPK appointment year',
  gender: 'Gender',
  employmentType: 'Employment type',
  sequence: 'Sequence number',
  problems: 'Problems found',
  loginHint: 'This looks like a NIP.',
  summary: '{{type}}, {{gender}}, born {{birthDate}}',
};

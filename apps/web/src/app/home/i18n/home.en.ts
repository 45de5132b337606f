import type { TranslationShape } from '@lms/web/core';

import type { HOME_ID } from './home.id';

export const HOME_EN: TranslationShape<typeof HOME_ID> = {
  greeting: 'Welcome, {{name}}',
  staffIntro: 'You are signed in as {{roles}}. Choose what you want to do.',
  learnerHeading: 'My employment record',
  learnerIntro: 'Your employment record, used to register for Bimtek and on certificates.',
  noEmployee: 'Your account is not linked to an employee record yet. Contact your region’s BKPSDM.',
  nip: 'NIP',
  agency: 'Agency (OPD)',
  grade: 'Grade (pangkat/golongan)',
  position: 'Position',
  region: 'Region',
  scope: 'Region in scope: {{region}}',
  tasks: {
    people: 'Find and view employee records in your region.',
    import: 'Upload employee data from a CSV file, checked before anything is saved.',
    organization: 'Manage regional governments and their agencies.',
    nipCheck: 'Check whether a NIP is correct and read what it encodes.',
  },
};

import type { TranslationShape } from '@lms/web/core';

import type { PEOPLE_ID } from './people.id';

export const PEOPLE_EN: TranslationShape<typeof PEOPLE_ID> = {
  directory: {
    heading: 'People directory',
    subheading: 'Find employees by name or NIP, then filter by agency.',
    search: 'Search name or NIP',
    searchHint: 'The start of a NIP works too, e.g. 198503',
    agency: 'Agency (OPD)',
    allAgencies: 'All agencies',
    agencyHint: 'Includes the units below it',
    tableLabel: 'Employees',
    nip: 'NIP',
    name: 'Name',
    grade: 'Grade (pangkat)',
    position: 'Position',
    unit: 'Agency',
    range: 'Showing {{from}}–{{to}} of {{total}} employees',
    empty: 'No employee matches this search.',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {{page}}',
    pageSize: 'Rows per page',
    inactive: 'Inactive',
  },
  employee: {
    back: 'Back to the directory',
    nip: 'NIP',
    fullName: 'Full name',
    email: 'E-mail',
    grade: 'Grade (pangkat/golongan)',
    position: 'Position',
    positionType: 'Position type',
    employmentType: 'Employment type',
    status: 'Status',
    agency: 'Agency (OPD)',
    region: 'Region',
    identity: 'Employment record',
    nipFacts: 'What the NIP says',
    jpLedger: 'JP ledger',
  },
  nipCheck: {
    heading: 'Check a NIP',
    subheading:
      'Check whether a NIP or NI PPPK is correct, and read the birth date, appointment date, gender and employment type it encodes. The rules are the same as the server’s.',
    structureHeading: 'How a NIP is built',
    structure1: 'Digits 1–8: birth date (YYYYMMDD)',
    structure2:
      'Digits 9–14: appointment year and month (TMT CPNS), or the year followed by 21 for PPPK',
    structure3: 'Digit 15: gender (1 male, 2 female)',
    structure4: 'Digits 16–18: sequence number (from 001)',
  },
};

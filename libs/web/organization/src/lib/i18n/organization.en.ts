import type { TranslationShape } from '@lms/web/core';

import type { ORGANIZATION_ID } from './organization.id';

export const ORGANIZATION_EN: TranslationShape<typeof ORGANIZATION_ID> = {
  heading: 'Regions & agencies',
  subheading: 'Regional governments and their agencies (OPD) with the units below them.',
  regions: 'Regions',
  regionsTable: 'Regions',
  code: 'Code',
  name: 'Name',
  type: 'Type',
  agencies: 'Agencies of {{region}}',
  agenciesHint: 'Choose a region to see its agencies.',
  noAgencies: 'This region has no agency yet.',
  select: 'Show the agencies of {{region}}',
  newRegion: 'Add a region',
  regionCode: 'Kemendagri code',
  regionCodeHint: 'e.g. 35.10',
  regionName: 'Region name',
  regionType: 'Region type',
  newAgency: 'Add an agency',
  agencyCode: 'Agency code',
  agencyCodeHint: 'Unique across the platform',
  agencyName: 'Agency name',
  parent: 'Parent',
  noParent: 'No parent (top-level agency)',
  save: 'Save',
  required: 'Required.',
  regionCreated: 'Region {{name}} added.',
  agencyCreated: 'Agency {{name}} added.',
};

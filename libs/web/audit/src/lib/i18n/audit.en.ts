import type { TranslationShape } from '@lms/web/core';

import type { AUDIT_ID } from './audit.id';

export const AUDIT_EN: TranslationShape<typeof AUDIT_ID> = {
  trail: {
    heading: 'Audit trail',
    subheading:
      'Who did what and when: every change of data (imports, enrollments, attendance, completions, certificates, accounts) and every sign-in attempt.',
    filtersLabel: 'Filter the audit trail',
    action: 'Action',
    actionHint: 'The operation name, e.g. login or createUser',
    actionInvalid: 'Start with a lower-case letter, no spaces (e.g. createUser).',
    entityType: 'Kind of data',
    entityTypeHint: 'e.g. User, Employee, Enrollment',
    entityTypeInvalid: 'Start with a capital letter, no spaces (e.g. Employee).',
    region: 'Region',
    allRegions: 'All regions',
    from: 'From',
    to: 'To',
    dateOrder: 'The end date is before the start date.',
    actor: 'Actor',
    actorHint: 'Choose an actor’s name in the table to see only their actions.',
    actorChip: 'Actor: {{name}}',
    removeActor: 'Remove the actor filter {{name}}',
    filterByActor: 'Show only the actions of {{name}}',
    reset: 'Reset the filters',
    tableLabel: 'Audit trail',
    time: 'Time',
    entity: 'Data',
    request: 'Request',
    details: 'Details',
    showDetails: 'Show',
    system: 'No signed-in account',
    range: 'Showing {{from}}–{{to}} of {{total}} events',
    empty: 'No event matches this filter.',
    previous: 'Previous',
    next: 'Next',
    page: 'Page {{page}}',
    pageSize: 'Rows per page',
  },
};

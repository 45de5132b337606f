import type { TranslationShape } from '@lms/web/core';

import type { IMPORT_ID } from './import.id';

export const IMPORT_EN: TranslationShape<typeof IMPORT_ID> = {
  heading: 'Import employees',
  subheading:
    'Upload a CSV file of employees. The file is checked first without saving anything; then you can import the valid rows.',
  template: 'Download the CSV template',
  templateHint: 'Columns: {{columns}}. The position_type column may be left empty.',
  dropTitle: 'Drag and drop a CSV file here',
  dropOr: 'or',
  choose: 'Choose a CSV file',
  selected: 'File: {{name}} ({{size}})',
  notCsv: 'The file must be a CSV file (.csv).',
  tooLarge: 'The file is too large (at most {{max}}).',
  empty: 'The file is empty.',
  checking: 'Checking the file…',
  importing: 'Importing…',
  previewHeading: 'Check result (nothing saved yet)',
  resultHeading: 'Import finished',
  willCreate: 'New employees',
  willUpdate: 'Updated',
  rejected: 'Rejected',
  created: 'Added',
  updated: 'Updated',
  noValidRows: 'There is no valid row to import. Fix the file and upload it again.',
  readyToImport: 'The valid rows are ready to import. Rejected rows will not be saved.',
  import: 'Import {{count}} rows',
  another: 'Import another file',
  errorsHeading: 'Rejected rows',
  errorsTable: 'Errors by line',
  line: 'Line',
  field: 'Column',
  message: 'Problem',
  moreErrors: 'And {{count}} more errors.',
  failed: 'The import failed: {{message}}',
};

export * from './lib/data-access/employee-import.service';
export * from './lib/i18n/import.en';
export * from './lib/i18n/import.id';
export * from './lib/import.routes';

export * from './lib/data-access/people-directory.service';
export * from './lib/i18n/people.en';
export * from './lib/i18n/people.id';
export * from './lib/people.routes';

export * from './lib/data-access/organization.service';
export * from './lib/i18n/organization.en';
export * from './lib/i18n/organization.id';
export * from './lib/organization.routes';

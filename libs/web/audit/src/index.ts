export * from './lib/audit.routes';
export * from './lib/i18n/audit.en';
export * from './lib/i18n/audit.id';

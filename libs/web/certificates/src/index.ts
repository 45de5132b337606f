export * from './lib/certificates.routes';
export * from './lib/i18n/certificates.en';
export * from './lib/i18n/certificates.id';

export * from './lib/i18n/indicators.en';
export * from './lib/i18n/indicators.id';
export * from './lib/indicators.routes';

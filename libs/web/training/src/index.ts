export * from './lib/i18n/training.en';
export * from './lib/i18n/training.id';
export * from './lib/notifications/notification-bell';
export * from './lib/training.routes';

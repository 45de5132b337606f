export * from './lib/login/i18n/auth.en';
export * from './lib/login/i18n/auth.id';
export * from './lib/login/login.routes';
export * from './lib/login/login-page';

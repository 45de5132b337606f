export * from './lib/server-organization.module';


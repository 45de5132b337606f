export * from './lib/demo.module';
export * from './lib/demo-seed.service';

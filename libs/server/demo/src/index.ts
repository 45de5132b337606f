export * from './lib/demo.module';
export * from './lib/demo-seed.service';
export * from './lib/generator/generate-options';
export * from './lib/generator/population-generator.service';

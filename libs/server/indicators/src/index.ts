export * from './lib/common/indicator-year';
export * from './lib/import/training-record-row.validator';
export * from './lib/indicators.module';
export * from './lib/literacy/dtos/indicator-filter.input';
export * from './lib/literacy/indicator-row.model';
export * from './lib/literacy/literacy-indicator.service';

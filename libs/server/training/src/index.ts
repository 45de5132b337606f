export * from './lib/common/training-enums';
export * from './lib/enrollments/enrollment.entity';
export * from './lib/enrollments/enrollment.service';
export * from './lib/notifications/notification.service';
export * from './lib/training.module';
export * from './lib/trainings/training.entity';
export * from './lib/trainings/training.service';

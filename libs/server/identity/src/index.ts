export * from './lib/auth/login.service';
export * from './lib/identity.module';
export * from './lib/users/dtos/create-user.input';
export * from './lib/users/instructor-ref.model';
export * from './lib/users/user.entity';
export * from './lib/users/user.service';

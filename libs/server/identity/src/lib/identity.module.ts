import type { DatabaseParts } from '@lms/server/core';
import { OrganizationModule } from '@lms/server/organization';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuthResolver } from './auth/auth.resolver';
import { LoginService } from './auth/login.service';
import { CreateUsers1764300100000 } from './migrations/1764300100000-CreateUsers';
import { User } from './users/user.entity';
import { UserResolver } from './users/user.resolver';
import { UserService } from './users/user.service';

export const IDENTITY_DATABASE: DatabaseParts = {
  entities: [User],
  migrations: [CreateUsers1764300100000],
};

@Module({
  imports: [TypeOrmModule.forFeature([User]), OrganizationModule],
  providers: [UserService, LoginService, AuthResolver, UserResolver],
  exports: [UserService],
})
export class IdentityModule {}

import { CertificationModule } from '@lms/server/certification';
import {
  ApiPlatformModule,
  APP_CONFIG,
  AppConfig,
  AuthCoreModule,
  ConfigModule,
  DatabaseModule,
  DateScalar,
  graphqlOptions,
  RedisModule,
} from '@lms/server/core';
import { DemoModule } from '@lms/server/demo';
import { IdentityModule } from '@lms/server/identity';
import { IndicatorsModule } from '@lms/server/indicators';
import { LearningModule } from '@lms/server/learning';
import { OrganizationModule } from '@lms/server/organization';
import { TrainingModule } from '@lms/server/training';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';

import { DATABASE_PARTS } from './database-parts';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule.forRoot(DATABASE_PARTS),
    RedisModule,
    // Before AuthCoreModule: its global throttler guard then runs before the auth guard, so
    // requests without a valid token count against the per-IP limit too.
    ApiPlatformModule,
    AuthCoreModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => graphqlOptions(config),
    }),
    OrganizationModule,
    IdentityModule,
    LearningModule,
    TrainingModule,
    CertificationModule,
    IndicatorsModule,
    DemoModule,
  ],
  providers: [DateScalar],
})
export class AppModule {}

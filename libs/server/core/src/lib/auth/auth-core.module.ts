import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';

import { AppExceptionFilter } from '../errors/exception.filter';
import { AttemptLimiter } from '../throttle/attempt-limiter.service';
import { AuthGuard } from './auth.guard';
import { TokenService } from './token.service';

/** Token handling, the global guard and the exception filter; imported once by the API. */
@Global()
@Module({
  imports: [JwtModule.register({})],
  providers: [
    TokenService,
    AttemptLimiter,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: AppExceptionFilter },
  ],
  exports: [TokenService, AttemptLimiter],
})
export class AuthCoreModule {}

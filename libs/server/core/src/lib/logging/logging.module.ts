import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { loggerParams } from './logger-options';

/**
 * Structured logs with a request id on every line of a request (nestjs-pino). The API installs it
 * with `app.useLogger(app.get(Logger))`; the worker can import it too (no HTTP lines there).
 */
@Module({})
export class LoggingModule {
  static forRoot(service: string, stream?: DestinationStream): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => loggerParams(config, service, stream),
        }),
      ],
      exports: [LoggerModule],
    };
  }
}

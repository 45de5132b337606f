import { existsSync } from 'node:fs';
import { join } from 'node:path';

import {
  AppConfig,
  corsOptions,
  helmetOptions,
  mountQueueDashboard,
  validationExceptionFactory,
} from '@lms/server/core';
import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';

/** Paths the API answers itself; everything else under GET is the web app. */
const API_PATHS = /^\/(graphql|health|certificates|api|admin)(\/|$)/;

/**
 * Settings shared by `main.ts` and the integration tests, so that tests exercise the same pipes,
 * limits and static hosting as production.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  app.useLogger(app.get(Logger));
  // TRUST_PROXY hops (the load balancer) so that req.ip is the client's, for per-IP throttling;
  // 0 when clients connect directly, so nobody picks their own IP with X-Forwarded-For.
  express.set('trust proxy', config.trustProxy);
  express.disable('x-powered-by');
  express.use(helmet(helmetOptions(config)));
  const cors = corsOptions(config);
  if (cors) app.enableCors(cors);
  // JSON up to 25 MB for CSV imports (MAX_CSV_LENGTH is 20 MB); nothing else needs big bodies.
  express.useBodyParser('json', { limit: '25mb' });
  express.useBodyParser('urlencoded', { limit: '100kb', extended: false });
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  // Signals are handled by installGracefulShutdown (run-cli): readiness fails first, then close.
  mountQueueDashboard(app);

  const index = join(config.webDistDir, 'index.html');
  if (existsSync(index)) {
    express.useStaticAssets(config.webDistDir, { index: false, maxAge: '1h' });
    // Deep links such as /verify/{code} load the single-page app, which routes them itself.
    express.use(
      (
        req: { method: string; path: string },
        res: { sendFile: (p: string) => void },
        next: () => void,
      ) => {
        if (req.method === 'GET' && !API_PATHS.test(req.path)) res.sendFile(index);
        else next();
      },
    );
  }
}

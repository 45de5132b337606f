import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { AppConfig, validationExceptionFactory } from '@lms/server/core';
import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';

/** Paths the API answers itself; everything else under GET is the web app. */
const API_PATHS = /^\/(graphql|health|certificates|api)(\/|$)/;

/**
 * Settings shared by `main.ts` and the integration tests, so that tests exercise the same pipes,
 * limits and static hosting as production.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  // One proxy hop (the load balancer) so that req.ip is the client's, for per-IP throttling.
  express.set('trust proxy', 1);
  express.disable('x-powered-by');
  express.useBodyParser('json', { limit: '25mb' });
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.enableShutdownHooks();

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

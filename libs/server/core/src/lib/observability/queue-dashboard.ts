import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { AdminSessionService, QUEUE_DASHBOARD_PATH } from './admin-session.service';
import { QueueMonitor } from './queue-monitor.service';

const MESSAGES = {
  unauthenticated:
    'Masuk sebagai ADMIN di aplikasi web lalu buka menu Antrian / Sign in as ADMIN in the web app and open Queues from its menu',
  forbidden: 'Hanya ADMIN / ADMIN only',
};

/**
 * Mounts bull-board at /admin/queues behind the ADMIN check. Called by the API's configureApp before
 * the web app's catch-all route, so the dashboard's own pages and API answer first.
 */
export function mountQueueDashboard(app: INestApplication): void {
  const sessions = app.get(AdminSessionService);
  const monitor = app.get(QueueMonitor);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: monitor.queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'LMS Bimtek — antrian' } },
  });

  const guard = (req: Request, res: Response, next: NextFunction) => {
    const access = sessions.check(req.headers);
    if (access === 'allowed') return next();
    const code = access === 'forbidden' ? 'FORBIDDEN' : 'UNAUTHENTICATED';
    res
      .status(access === 'forbidden' ? 403 : 401)
      .setHeader('Cache-Control', 'no-store')
      .json({ code, message: MESSAGES[access] });
  };
  app.use(QUEUE_DASHBOARD_PATH, guard, serverAdapter.getRouter());
}

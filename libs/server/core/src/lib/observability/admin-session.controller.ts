import { Role } from '@lms/shared/domain';
import { Controller, Delete, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';

import { CurrentUser, RequiresRole } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { AdminSessionService, DASHBOARD_SESSION_SECONDS } from './admin-session.service';

/**
 * The web app's admin menu calls `POST /admin/session` with its Bearer token, then opens
 * /admin/queues: the cookie set here is what that page load carries.
 */
@Controller('admin/session')
@RequiresRole(Role.ADMIN)
export class AdminSessionController {
  constructor(private readonly sessions: AdminSessionService) {}

  @Post()
  @HttpCode(200)
  open(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Set-Cookie', this.sessions.cookie(this.sessions.mint(user)));
    res.setHeader('Cache-Control', 'no-store');
    return { dashboard: '/admin/queues', expiresInSeconds: DASHBOARD_SESSION_SECONDS };
  }

  @Delete()
  @HttpCode(204)
  close(@Res({ passthrough: true }) res: Response): void {
    res.setHeader('Set-Cookie', this.sessions.cookie('', 0));
  }
}

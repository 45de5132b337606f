import { Role } from '@lms/shared/domain';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import type { AuthUser } from '../auth/auth-user';
import { TokenService } from '../auth/token.service';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_COOKIE = 'lms_queues';
/** Short: the cookie only opens the dashboard, and an admin can mint another from the web app. */
export const DASHBOARD_SESSION_SECONDS = 15 * 60;
const AUDIENCE = 'lms:queue-dashboard';

export type DashboardAccess = 'allowed' | 'unauthenticated' | 'forbidden';

/**
 * Who may open the queue dashboard: an ADMIN's access token as a Bearer header (scripts), or a
 * short-lived, HttpOnly, SameSite=Strict cookie that an ADMIN's web session mints with
 * `POST /admin/session` (browsers cannot put a header on a page they navigate to). The cookie token
 * has no roles claim, so it is useless as a GraphQL access token.
 */
@Injectable()
export class AdminSessionService {
  private readonly jwt = new JwtService({});

  constructor(
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  mint(user: AuthUser): string {
    return this.jwt.sign(
      { sub: user.id, usr: user.username },
      {
        secret: this.config.jwtSecret,
        expiresIn: DASHBOARD_SESSION_SECONDS,
        audience: AUDIENCE,
        algorithm: 'HS256',
      },
    );
  }

  cookie(value: string, maxAgeSeconds = DASHBOARD_SESSION_SECONDS): string {
    const secure = this.config.publicUrl.startsWith('https:') ? '; Secure' : '';
    return `${DASHBOARD_COOKIE}=${value}; Path=${QUEUE_DASHBOARD_PATH}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure}`;
  }

  check(headers: { authorization?: string; cookie?: string }): DashboardAccess {
    const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1];
    if (bearer) {
      const user = this.tokens.verify(bearer);
      if (!user) return 'unauthenticated';
      return user.roles.includes(Role.ADMIN) ? 'allowed' : 'forbidden';
    }
    const cookie = readCookie(headers.cookie, DASHBOARD_COOKIE);
    if (!cookie) return 'unauthenticated';
    try {
      this.jwt.verify(cookie, {
        secret: this.config.jwtSecret,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      return 'allowed';
    } catch {
      return 'unauthenticated';
    }
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

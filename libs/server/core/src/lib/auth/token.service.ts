import { Role } from '@lms/shared/domain';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { AuthUser } from './auth-user';

interface AccessTokenClaims {
  sub: string;
  usr: string;
  roles: Role[];
  rgn: string | null;
  emp: string | null;
}

const KNOWN_ROLES = new Set<string>(Object.values(Role));

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sign(user: AuthUser): string {
    const claims: AccessTokenClaims = {
      sub: user.id,
      usr: user.username,
      roles: user.roles,
      rgn: user.regionId,
      emp: user.employeeId,
    };
    return this.jwt.sign(claims, {
      secret: this.config.jwtSecret,
      expiresIn: this.config.accessTokenTtl,
      algorithm: 'HS256',
    });
  }

  /** Returns null for any token that is malformed, forged or expired. */
  verify(token: string): AuthUser | null {
    try {
      const c = this.jwt.verify<AccessTokenClaims>(token, {
        secret: this.config.jwtSecret,
        algorithms: ['HS256'],
      });
      if (typeof c.sub !== 'string' || !Array.isArray(c.roles)) return null;
      return {
        id: c.sub,
        username: c.usr,
        roles: c.roles.filter((r): r is Role => KNOWN_ROLES.has(r)),
        regionId: c.rgn ?? null,
        employeeId: c.emp ?? null,
      };
    } catch {
      return null;
    }
  }
}

import {
  AttemptLimiter,
  AttemptPolicy,
  AuditService,
  AuthUser,
  TokenService,
  UnauthenticatedError,
} from '@lms/server/core';
import { normalizeNip } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { Repository } from 'typeorm';

import { User } from '../users/user.entity';

/** Per account: a handful of guesses, then a pause long enough to make guessing useless. */
export const LOGIN_ACCOUNT_POLICY: AttemptPolicy = {
  name: 'login-account',
  limit: 5,
  windowSeconds: 900,
};
/** Per IP: room for a whole office behind one NAT address. */
export const LOGIN_IP_POLICY: AttemptPolicy = { name: 'login-ip', limit: 50, windowSeconds: 900 };

export interface LoginResult {
  accessToken: string;
  user: User;
}

@Injectable()
export class LoginService {
  /** Verified against when the account does not exist, so timing does not reveal which do. */
  private readonly decoyHash = hash('decoy-password-never-matches');

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: TokenService,
    private readonly limiter: AttemptLimiter,
    private readonly audit: AuditService,
  ) {}

  async login(identifier: string, password: string, ip: string): Promise<LoginResult> {
    const id = identifier.trim().toLowerCase().slice(0, 254);
    const accountKey = normalizeNip(id) || id;
    await this.limiter.assertAllowed(LOGIN_ACCOUNT_POLICY, [accountKey]);
    await this.limiter.assertAllowed(LOGIN_IP_POLICY, [ip]);

    const user = await this.findByIdentifier(id);
    const passwordOk = await verify(
      user?.passwordHash ?? (await this.decoyHash),
      password.slice(0, 200),
    ).catch(() => false);
    if (!user || !user.active || !passwordOk) {
      await this.limiter.recordFailure(LOGIN_ACCOUNT_POLICY, [accountKey]);
      await this.limiter.recordFailure(LOGIN_IP_POLICY, [ip]);
      // The identifier is kept only when it names an account: a password typed into the
      // username field must not end up in the trail.
      await this.audit.recordStandalone({
        action: 'loginFailed',
        entityType: 'User',
        entityId: user?.id ?? null,
        regionId: user?.regionId ?? null,
        summary: user ? { username: user.username } : { unknownAccount: true },
        actor: null,
      });
      throw new UnauthenticatedError('Wrong username or password');
    }
    await this.limiter.reset(LOGIN_ACCOUNT_POLICY, accountKey);
    const authUser = toAuthUser(user);
    await this.users.manager.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { lastLoginAt: new Date() });
      await this.audit.record(manager, {
        action: 'login',
        entityType: 'User',
        entityId: user.id,
        regionId: user.regionId,
        actor: authUser,
      });
    });
    return { accessToken: this.tokens.sign(authUser), user };
  }

  /** A username, an e-mail address, or the NIP of the employee a learner account belongs to. */
  private findByIdentifier(id: string): Promise<User | null> {
    const nip = normalizeNip(id);
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = :id', { id })
      .orWhere('lower(u.email) = :id', { id })
      .orWhere(
        /^\d{18}$/.test(nip)
          ? 'u.employee_id = (SELECT e.id FROM employees e WHERE e.nip = :nip)'
          : 'false',
        { nip },
      )
      .orderBy('u.created_at', 'ASC')
      .getOne();
  }
}

export function toAuthUser(user: User): AuthUser {
  return {
    id: user.id,
    username: user.username,
    roles: user.roles,
    regionId: user.regionId,
    employeeId: user.employeeId,
  };
}

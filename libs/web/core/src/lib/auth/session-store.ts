import { computed, Injectable, signal } from '@angular/core';
import { isRole, type Role } from '@lms/shared/domain';

import type { SessionUserFragment } from '../generated/graphql';

/**
 * The token lives in sessionStorage: it survives a reload of the tab but not closing it, and is
 * not shared between tabs of a shared office computer.
 */
export const ACCESS_TOKEN_STORAGE_KEY = 'lms.accessToken';

export type SessionUser = SessionUserFragment;

/** Who is signed in. Holds no Apollo dependency so the GraphQL links can read it. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly tokenState = signal<string | null>(readToken());
  private readonly userState = signal<SessionUser | null>(null);

  readonly token = this.tokenState.asReadonly();
  readonly user = this.userState.asReadonly();
  readonly isAuthenticated = computed(
    () => this.tokenState() !== null && this.userState() !== null,
  );
  readonly roles = computed<readonly Role[]>(() => (this.userState()?.roles ?? []).filter(isRole));

  start(token: string, user: SessionUser): void {
    writeToken(token);
    this.tokenState.set(token);
    this.userState.set(user);
  }

  setUser(user: SessionUser): void {
    this.userState.set(user);
  }

  clear(): void {
    writeToken(null);
    this.tokenState.set(null);
    this.userState.set(null);
  }

  hasAnyRole(roles: readonly Role[]): boolean {
    const own = this.roles();
    return roles.some((role) => own.includes(role));
  }
}

function readToken(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(ACCESS_TOKEN_STORAGE_KEY) ?? null;
  } catch {
    // Storage can be disabled by browser policy: the session then lasts until reload.
    return null;
  }
}

function writeToken(token: string | null): void {
  try {
    if (token === null) {
      globalThis.sessionStorage?.removeItem(ACCESS_TOKEN_STORAGE_KEY);
    } else {
      globalThis.sessionStorage?.setItem(ACCESS_TOKEN_STORAGE_KEY, token);
    }
  } catch {
    // See readToken.
  }
}

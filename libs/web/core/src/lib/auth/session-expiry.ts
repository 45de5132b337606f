import { inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';

import { LOGIN_PATH, SESSION_EXPIRED_PARAM, SESSION_EXPIRED_VALUE } from './auth-paths';
import { SessionStore } from './session-store';

/** What happens when the API stops accepting the token (expired, revoked, account disabled). */
@Injectable({ providedIn: 'root' })
export class SessionExpiry {
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);

  expire(): void {
    const wasSignedIn = this.store.token() !== null;
    this.store.clear();
    const current = this.router.url;
    if (current.startsWith(`/${LOGIN_PATH}`)) {
      return;
    }
    void this.router.navigate([`/${LOGIN_PATH}`], {
      queryParams: {
        ...(current && current !== '/' ? { returnUrl: current } : {}),
        ...(wasSignedIn ? { [SESSION_EXPIRED_PARAM]: SESSION_EXPIRED_VALUE } : {}),
      },
    });
  }
}

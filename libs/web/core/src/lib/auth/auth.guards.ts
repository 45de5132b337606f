import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@lms/shared/domain';

import { HOME_PATH, LOGIN_PATH } from './auth-paths';
import { SessionStore } from './session-store';

/** Lets signed-in people through; sends everyone else to the login page, remembering where to. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(SessionStore).isAuthenticated()) {
    return true;
  }
  return inject(Router).createUrlTree([`/${LOGIN_PATH}`], {
    queryParams: state.url && state.url !== '/' ? { returnUrl: state.url } : {},
  });
};

/** Keeps the login page for people who are not signed in yet. */
export const guestGuard: CanActivateFn = () =>
  inject(SessionStore).isAuthenticated() ? inject(Router).createUrlTree([`/${HOME_PATH}`]) : true;

/**
 * Lets through people holding at least one of `roles`. Used after `authGuard`; a signed-in
 * person without the role goes home rather than to an error page, since the navigation never
 * offered the link.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return () => {
    const store = inject(SessionStore);
    if (store.isAuthenticated() && store.hasAnyRole(roles)) {
      return true;
    }
    return inject(Router).createUrlTree([
      store.isAuthenticated() ? `/${HOME_PATH}` : `/${LOGIN_PATH}`,
    ]);
  };
}

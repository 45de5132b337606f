import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  provideRouter,
  Router,
  type RouterStateSnapshot,
  UrlTree,
} from '@angular/router';

import { sessionUser } from '../testing/session-user.fixture';
import { authGuard, guestGuard, roleGuard } from './auth.guards';
import { SessionStore } from './session-store';

function run(guard: CanActivateFn, url = '/pegawai?search=siti') {
  return TestBed.runInInjectionContext(() =>
    guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
  );
}

function serialize(result: unknown): string {
  expect(result).toBeInstanceOf(UrlTree);
  return TestBed.inject(Router).serializeUrl(result as UrlTree);
}

describe('auth guards', () => {
  let store: SessionStore;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    store = TestBed.inject(SessionStore);
  });

  it('authGuard sends a visitor to the login page with the address to come back to', () => {
    expect(serialize(run(authGuard))).toBe('/masuk?returnUrl=%2Fpegawai%3Fsearch%3Dsiti');
    expect(serialize(run(authGuard, '/'))).toBe('/masuk');
  });

  it('authGuard lets a signed-in person through', () => {
    store.start('t', sessionUser());
    expect(run(authGuard)).toBe(true);
  });

  it('guestGuard sends a signed-in person home instead of showing the login form', () => {
    expect(run(guestGuard)).toBe(true);
    store.start('t', sessionUser());
    expect(serialize(run(guestGuard))).toBe('/beranda');
  });

  it('roleGuard admits any of its roles and sends others home', () => {
    const importGuard = roleGuard('ADMIN', 'HR_ANALYST');

    store.start('t', sessionUser({ roles: ['HR_ANALYST'] }));
    expect(run(importGuard)).toBe(true);

    store.start('t', sessionUser({ roles: ['ORGANIZER'] }));
    expect(serialize(run(importGuard))).toBe('/beranda');

    store.start('t', sessionUser({ roles: ['LEARNER'] }));
    expect(serialize(run(importGuard))).toBe('/beranda');
  });

  it('roleGuard sends a visitor who is not signed in to the login page', () => {
    expect(serialize(run(roleGuard('ADMIN')))).toBe('/masuk');
  });
});

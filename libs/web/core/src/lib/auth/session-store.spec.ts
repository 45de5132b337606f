import { TestBed } from '@angular/core/testing';

import { sessionUser } from '../testing/session-user.fixture';
import { ACCESS_TOKEN_STORAGE_KEY, SessionStore } from './session-store';

describe('SessionStore', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps the token in sessionStorage and exposes the user', () => {
    const store = TestBed.inject(SessionStore);
    expect(store.isAuthenticated()).toBe(false);

    store.start('token-1', sessionUser());

    expect(sessionStorage.getItem(ACCESS_TOKEN_STORAGE_KEY)).toBe('token-1');
    expect(store.token()).toBe('token-1');
    expect(store.isAuthenticated()).toBe(true);
    expect(store.roles()).toEqual(['HR_ANALYST']);
  });

  it('reads a token kept by an earlier page load, but is not signed in until the user loads', () => {
    sessionStorage.setItem(ACCESS_TOKEN_STORAGE_KEY, 'kept');
    const store = TestBed.inject(SessionStore);

    expect(store.token()).toBe('kept');
    expect(store.isAuthenticated()).toBe(false);
    store.setUser(sessionUser());
    expect(store.isAuthenticated()).toBe(true);
  });

  it('forgets everything on clear', () => {
    const store = TestBed.inject(SessionStore);
    store.start('token-1', sessionUser());

    store.clear();

    expect(sessionStorage.getItem(ACCESS_TOKEN_STORAGE_KEY)).toBeNull();
    expect(store.token()).toBeNull();
    expect(store.user()).toBeNull();
    expect(store.isAuthenticated()).toBe(false);
  });

  it('drops roles the web app does not know and matches any of several roles', () => {
    const store = TestBed.inject(SessionStore);
    store.start('t', sessionUser({ roles: ['ADMIN', 'SUPERUSER'] }));

    expect(store.roles()).toEqual(['ADMIN']);
    expect(store.hasAnyRole(['HR_ANALYST', 'ADMIN'])).toBe(true);
    expect(store.hasAnyRole(['LEARNER'])).toBe(false);
  });
});

import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { apiErrorInfo } from '../graphql/graphql-error';
import { sessionUser } from '../testing/session-user.fixture';
import { AuthService } from './auth.service';
import { SessionStore } from './session-store';

describe('AuthService', () => {
  let auth: AuthService;
  let store: SessionStore;
  let backend: ApolloTestingController;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideRouter([])],
    });
    auth = TestBed.inject(AuthService);
    store = TestBed.inject(SessionStore);
    backend = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => backend.verify());

  it('signs in with the trimmed identifier and keeps the token and user', async () => {
    const user = sessionUser({ username: 'admin', roles: ['ADMIN'] });
    const login = auth.login('  admin ', 'bimtek2026');

    const op = backend.expectOne('login');
    expect(op.operation.variables).toEqual({ username: 'admin', password: 'bimtek2026' });
    op.flushData({ login: { accessToken: 'jwt-1', user } });

    await expect(login).resolves.toEqual(user);
    expect(store.token()).toBe('jwt-1');
    expect(store.user()).toEqual(user);
    expect(store.isAuthenticated()).toBe(true);
  });

  it('rejects a wrong password with UNAUTHENTICATED and stays signed out', async () => {
    const login = auth.login('admin', 'wrong');
    backend
      .expectOne('login')
      .graphqlErrors([{ message: 'Invalid credentials', extensions: { code: 'UNAUTHENTICATED' } }]);

    const error = await login.catch((e: unknown) => e);
    expect(apiErrorInfo(error).code).toBe('UNAUTHENTICATED');
    expect(store.isAuthenticated()).toBe(false);
    expect(store.token()).toBeNull();
  });

  it('restores the user of a kept token', async () => {
    store.start('kept', sessionUser());
    store.setUser(sessionUser({ username: 'stale' }));
    const restored = auth.restoreSession();

    // Real answers carry __typename, which Apollo needs to match the SessionUser fragment.
    backend
      .expectOne('me')
      .flushData({ me: { __typename: 'User', ...sessionUser({ username: 'fresh' }) } });
    await restored;

    expect(store.user()?.username).toBe('fresh');
  });

  it('drops a kept token the API refuses', async () => {
    store.start('expired', sessionUser());
    const restored = auth.restoreSession();

    backend
      .expectOne('me')
      .graphqlErrors([{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }]);
    await restored;

    expect(store.token()).toBeNull();
  });

  it('keeps the token when the API cannot be reached, so a reload can retry', async () => {
    store.start('kept', sessionUser());
    const restored = auth.restoreSession();

    backend.expectOne('me').networkError(new TypeError('Failed to fetch'));
    await restored;

    expect(store.token()).toBe('kept');
  });

  it('asks nothing when there is no kept token', async () => {
    await auth.restoreSession();
    backend.verify();
    expect(store.isAuthenticated()).toBe(false);
  });

  it('signs out to the login page', async () => {
    store.start('t', sessionUser());
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);

    await auth.logout();

    expect(store.token()).toBeNull();
    expect(navigate).toHaveBeenCalledWith('/masuk');
  });
});

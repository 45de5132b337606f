import { inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

import { LoginDocument, MeDocument } from '../generated/graphql';
import { apiErrorInfo } from '../graphql/graphql-error';
import { LOGIN_PATH } from './auth-paths';
import { SessionStore, type SessionUser } from './session-store';

/** Signs people in and out through the API and keeps `SessionStore` in step. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly apollo = inject(Apollo);
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);

  /** Rejects with the Apollo error; read it with `apiErrorInfo`. */
  async login(username: string, password: string): Promise<SessionUser> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: LoginDocument,
        variables: { username: username.trim(), password },
        fetchPolicy: 'no-cache',
      }),
    );
    const payload = result.data?.login;
    if (!payload) {
      throw new Error('login returned no data');
    }
    // A previous account's cached people or agencies must never show to the next one.
    await this.apollo.client.clearStore();
    this.store.start(payload.accessToken, payload.user);
    return payload.user;
  }

  /**
   * Reloads the signed-in user for a token kept from an earlier page load. A token the API no
   * longer accepts is dropped; on a network failure the token is kept so a reload can retry.
   */
  async restoreSession(): Promise<void> {
    if (!this.store.token()) {
      return;
    }
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: MeDocument, fetchPolicy: 'network-only' }),
      );
      if (result.data?.me) {
        this.store.setUser(result.data.me);
      }
    } catch (error) {
      if (apiErrorInfo(error).code === 'UNAUTHENTICATED') {
        this.store.clear();
      }
    }
  }

  async logout(): Promise<void> {
    this.store.clear();
    await this.apollo.client.clearStore();
    await this.router.navigateByUrl(`/${LOGIN_PATH}`);
  }
}

import {
  type EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';

import { AuthService } from './auth.service';

/** Restores a kept session before the first navigation, so guards see the signed-in user. */
export function provideLmsAuth(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => inject(AuthService).restoreSession()),
  ]);
}

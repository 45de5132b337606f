import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideLmsAuth, provideLmsGraphql, provideLmsI18n } from '@lms/web/core';
import { provideLmsIcons } from '@lms/web/ui';

import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    provideLmsI18n(),
    provideLmsGraphql(),
    provideLmsAuth(),
    provideLmsIcons(),
  ],
};

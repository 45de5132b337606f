import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

@Component({
  selector: 'app-not-found-page',
  imports: [MatButtonModule, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'notFound'">
      <h1>{{ t('heading') }}</h1>
      <p>{{ t('body') }}</p>
      <a mat-flat-button routerLink="/beranda">{{ t('home') }}</a>
    </ng-container>
  `,
})
export class NotFoundPage {}

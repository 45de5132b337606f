import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The heading block every page starts with; the `h1` is what screen readers jump to. */
@Component({
  selector: 'lib-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <div class="text">
        <h1 class="title">{{ heading() }}</h1>
        @if (subheading()) {
          <p class="subtitle">{{ subheading() }}</p>
        }
      </div>
      <div class="actions"><ng-content /></div>
    </header>
  `,
  styles: `
    .page-header {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: 16px;
      margin-bottom: 24px;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-headline-small);
      color: var(--mat-sys-on-surface);
    }
    .subtitle {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
      max-width: 70ch;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
  `,
})
export class PageHeader {
  readonly heading = input.required<string>();
  readonly subheading = input('');
}

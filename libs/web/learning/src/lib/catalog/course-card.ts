import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { type CourseSummaryFragment, LanguageService } from '@lms/web/core';

import { formatJp } from '../shared/format';

/** One course of the catalog; the whole card is the link to the course page. */
@Component({
  selector: 'lib-course-card',
  imports: [MatIconModule, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'learning'">
      @let c = course();
      <article class="card" data-testid="catalog-card">
        <div class="chips">
          <span class="chip competency">{{ t('competency.' + c.competency) }}</span>
          @if (c.digital) {
            <span class="chip digital">{{ t('course.digital') }}</span>
          }
        </div>
        <h2 class="title">
          <a class="stretched" [routerLink]="link()">{{ c.title }}</a>
        </h2>
        <p class="code">{{ c.code }}</p>
        @if (c.specificCompetency; as sc) {
          <p class="specific">{{ sc.code }} · {{ sc.name }}</p>
        }
        @if (c.description) {
          <p class="description">{{ c.description }}</p>
        }
        <dl class="facts">
          <div>
            <dt>{{ t('course.jp') }}</dt>
            <dd data-testid="catalog-card-jp">{{ jp() }} JP</dd>
          </div>
          @if (c.level) {
            <div>
              <dt>{{ t('course.level') }}</dt>
              <dd>{{ c.level }} · {{ t('levels.' + c.level) }}</dd>
            </div>
          }
          <div>
            <dt>{{ t('course.delivery') }}</dt>
            <dd>{{ t('delivery.' + c.delivery) }}</dd>
          </div>
          <div>
            <dt>{{ t('course.lessons') }}</dt>
            <dd>{{ c.lessonCount }}</dd>
          </div>
        </dl>
      </article>
    </ng-container>
  `,
  styles: `
    .card {
      position: relative;
      display: flex;
      flex-direction: column;
      height: 100%;
      box-sizing: border-box;
      padding: 16px 20px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
      background: var(--mat-sys-surface);
    }
    .card:hover,
    .card:focus-within {
      border-color: var(--mat-sys-primary);
      box-shadow: 0 2px 8px rgb(0 0 0 / 8%);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .chip {
      padding: 2px 10px;
      border-radius: 999px;
      font-size: 0.75rem;
      font-weight: 600;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .digital {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .title {
      margin: 12px 0 2px;
      font: var(--mat-sys-title-medium);
    }
    .stretched {
      color: var(--mat-sys-on-surface);
      text-decoration: none;
    }
    .stretched::after {
      content: '';
      position: absolute;
      inset: 0;
      border-radius: 16px;
    }
    .code,
    .specific {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
    .description {
      display: -webkit-box;
      -webkit-line-clamp: 3;
      -webkit-box-orient: vertical;
      overflow: hidden;
      margin: 8px 0 0;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 8px 16px;
      margin: auto 0 0;
      padding-top: 16px;
    }
    dt {
      font-size: 0.75rem;
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font-weight: 600;
    }
  `,
})
export class CourseCard {
  readonly course = input.required<CourseSummaryFragment>();
  /** Where the card leads; the catalog's course page by default. */
  readonly href = input<readonly string[] | null>(null);

  private readonly language = inject(LanguageService);
  protected readonly link = computed(() => this.href() ?? ['/katalog', this.course().id]);
  protected readonly jp = computed(() => formatJp(this.course().jp, this.language.lang()));
}

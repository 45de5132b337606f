import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { type CourseSummaryFragment, LanguageService } from '@lms/web/core';

import { formatJp } from '../shared/format';

/** The facts a learner chooses a course by, as a definition list. */
@Component({
  selector: 'lib-course-facts',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'learning'">
      @let c = course();
      <dl class="facts" data-testid="course-facts">
        <div>
          <dt>{{ t('course.competencyType') }}</dt>
          <dd>{{ t('competency.' + c.competency) }}</dd>
        </div>
        @if (c.specificCompetency; as sc) {
          <div>
            <dt>{{ t('course.specificCompetency') }}</dt>
            <dd>{{ sc.code }} · {{ sc.name }}</dd>
          </div>
        }
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
          <dt>{{ t('course.jp') }}</dt>
          <dd data-testid="course-jp">{{ jp() }} JP</dd>
        </div>
        <div>
          <dt>{{ t('course.digitalLabel') }}</dt>
          <dd>{{ c.digital ? t('course.digitalYes') : t('course.digitalNo') }}</dd>
        </div>
        <div>
          <dt>{{ t('course.organizer') }}</dt>
          <dd>{{ c.region.name }}</dd>
        </div>
      </dl>
    </ng-container>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
      gap: 12px 24px;
      margin: 0;
    }
    dt {
      font-size: 0.75rem;
      font-weight: 600;
      letter-spacing: 0.02em;
      text-transform: uppercase;
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 2px 0 0;
    }
  `,
})
export class CourseFacts {
  readonly course = input.required<CourseSummaryFragment>();
  private readonly language = inject(LanguageService);
  protected readonly jp = computed(() => formatJp(this.course().jp, this.language.lang()));
}

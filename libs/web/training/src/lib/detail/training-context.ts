import { inject, Injectable, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { of } from 'rxjs';

import { TrainingAdminService } from '../data-access/training-admin.service';

/**
 * The class a staff page is about, shared by the class page and its tabs (provided by the class
 * page, so each visit has its own). A tab that changes the class calls `reload()` so the header's
 * seats and status follow.
 */
@Injectable()
export class TrainingContext {
  private readonly admin = inject(TrainingAdminService);

  readonly id = signal<string | null>(null);
  readonly detail = rxResource({
    params: () => this.id() ?? undefined,
    stream: ({ params }) => (params ? this.admin.detail(params) : of(null)),
  });

  reload(): void {
    this.detail.reload();
  }
}

import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';

import { CatalogService } from '../data-access/catalog.service';
import { LearnerService } from '../data-access/learner.service';
import type { CourseView } from './course-view';

/** Loads a course page's data: the learner's own progress, or the bare outline for a preview. */
@Injectable({ providedIn: 'root' })
export class CourseLoader {
  private readonly learner = inject(LearnerService);
  private readonly catalog = inject(CatalogService);

  load(courseId: string, preview: boolean): Observable<CourseView> {
    if (preview) {
      return this.catalog.outline(courseId).pipe(map((course) => ({ course, progress: null })));
    }
    return this.learner
      .course(courseId)
      .pipe(map(({ course, ...progress }) => ({ course, progress })));
  }
}

import { inject, Injectable } from '@angular/core';
import { CourseGainDocument, type CourseGainItemFragment } from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

/** Pre/post-test results of a course for its staff: the API keeps to the caller's region. */
@Injectable({ providedIn: 'root' })
export class CourseGainService {
  private readonly apollo = inject(Apollo);

  /** Never cached: learners submit tests while the organizer looks. */
  forCourse(courseId: string): Observable<CourseGainItemFragment> {
    return this.apollo
      .query({ query: CourseGainDocument, variables: { courseId }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'courseGain').courseGain));
  }
}

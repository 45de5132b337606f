import { inject, Injectable } from '@angular/core';
import {
  CompleteLessonDocument,
  type CourseEnrolmentItemFragment,
  type CourseProgressItemFragment,
  EnrolInCourseDocument,
  type JpSummaryItemFragment,
  MyCourseDocument,
  type MyCourseQuery,
  MyJpDocument,
  MyLearningDocument,
  type MyLearningQuery,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

export type MyCourse = MyCourseQuery['myCourse'];
export type MyLearningItem = MyLearningQuery['myLearning'][number];

/**
 * The signed-in learner's own learning. Progress changes with every lesson and test, so every
 * read goes to the network and nothing is kept in Apollo's cache.
 */
@Injectable({ providedIn: 'root' })
export class LearnerService {
  private readonly apollo = inject(Apollo);

  course(courseId: string): Observable<MyCourse> {
    return this.apollo
      .query({ query: MyCourseDocument, variables: { courseId }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'myCourse').myCourse));
  }

  myLearning(): Observable<readonly MyLearningItem[]> {
    return this.apollo
      .query({ query: MyLearningDocument, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'myLearning').myLearning));
  }

  /** JP credited in `year` (default: the current year on the server) against the obligation. */
  jp(year: number | null = null): Observable<JpSummaryItemFragment> {
    return this.apollo
      .query({ query: MyJpDocument, variables: { year }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => requiredData(result.data, 'myJp').myJp));
  }

  async enrol(courseId: string): Promise<CourseEnrolmentItemFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: EnrolInCourseDocument,
        variables: { courseId },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'enrolInCourse').enrolInCourse;
  }

  /** Marking the last step done completes the course and credits its JP on the server. */
  async completeLesson(lessonId: string): Promise<CourseProgressItemFragment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: CompleteLessonDocument,
        variables: { lessonId },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'completeLesson').completeLesson;
  }
}

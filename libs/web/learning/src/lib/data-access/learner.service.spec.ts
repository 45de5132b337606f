import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { firstValueFrom } from 'rxjs';

import { AttemptService } from './attempt.service';
import { LearnerService } from './learner.service';

describe('learner data access', () => {
  let backend: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    backend = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => backend.verify());

  it('reads this year’s JP by default and never from the cache', async () => {
    const summary = {
      year: 2026,
      totalJp: 4,
      obligation: 20,
      progress: 0.2,
      met: false,
      records: [],
    };
    const learner = TestBed.inject(LearnerService);
    const first = firstValueFrom(learner.jp());
    const op = backend.expectOne('myJp');
    expect(op.operation.variables).toEqual({ year: null });
    op.flushData({ myJp: summary });
    await expect(first).resolves.toEqual(summary);

    // A lesson or test may have credited JP since: the second read goes to the network again.
    const second = firstValueFrom(learner.jp());
    backend.expectOne('myJp').flushData({ myJp: { ...summary, totalJp: 8 } });
    await expect(second).resolves.toMatchObject({ totalJp: 8 });
  });

  it('marks a lesson done and returns the new progress', async () => {
    const progress = {
      completedLessonIds: ['l1'],
      lessonsDone: 1,
      lessonsTotal: 2,
      progress: 0.5,
      gain: null,
      enrolment: null,
      preTest: null,
      postTest: null,
    };
    const done = TestBed.inject(LearnerService).completeLesson('l1');
    const op = backend.expectOne('completeLesson');
    expect(op.operation.variables).toEqual({ lessonId: 'l1' });
    op.flushData({ completeLesson: progress });
    await expect(done).resolves.toEqual(progress);
  });

  it('sends every answer with the submit and rejects on a GraphQL error', async () => {
    const attempts = TestBed.inject(AttemptService);
    const answers = [{ questionId: 'q1', optionIds: ['o1'] }];
    const submitted = attempts.submit('t1', answers);
    const op = backend.expectOne('submitAttempt');
    expect(op.operation.variables).toEqual({ attemptId: 't1', answers });
    op.graphqlErrors([
      {
        message: 'attemptId: the attempt was submitted and can no longer change',
        extensions: { code: 'CONFLICT', field: 'attemptId' },
      },
    ]);
    await expect(submitted).rejects.toBeTruthy();
  });
});

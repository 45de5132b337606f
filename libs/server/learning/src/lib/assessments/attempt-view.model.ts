import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { AssessmentKind, AttemptStatus, QuestionKind } from '../common/learning-enums';

/*
 * The learner's side of a test. These types are deliberately separate from the question bank's
 * (`Question`, `QuestionOption`): nothing here can hold a correct flag, so an unsubmitted attempt
 * cannot leak answers whatever a client asks for. Correctness appears only in `AttemptResult`,
 * which the API builds only for submitted attempts.
 */

@ObjectType('AttemptOption')
export class AttemptOptionView {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;
}

@ObjectType('AttemptQuestion')
export class AttemptQuestionView {
  @Field(() => ID, { description: 'The question id; answer with it' })
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => QuestionKind)
  kind!: QuestionKind;

  @Field()
  text!: string;

  @Field(() => Int)
  points!: number;

  @Field(() => [AttemptOptionView], { description: 'In this attempt’s shuffled order' })
  options!: AttemptOptionView[];

  @Field(() => [ID])
  selectedOptionIds!: string[];
}

@ObjectType('AssessmentAttempt')
export class AttemptView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  courseId!: string;

  @Field(() => AssessmentKind)
  kind!: AssessmentKind;

  @Field(() => Int)
  attemptNumber!: number;

  @Field(() => AttemptStatus)
  status!: AttemptStatus;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Answers after this instant are refused' })
  deadlineAt!: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Null until submitted' })
  score!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Null until submitted' })
  passed!: boolean | null;

  @Field(() => [AttemptQuestionView])
  questions!: AttemptQuestionView[];
}

@ObjectType('AttemptResultItem')
export class AttemptResultItemView {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  text!: string;

  @Field()
  correct!: boolean;

  @Field(() => [ID])
  selectedOptionIds!: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Only when the test is set to reveal answers; null otherwise',
  })
  correctOptionIds!: string[] | null;
}

@ObjectType('AttemptResult')
export class AttemptResultView {
  @Field(() => AttemptView)
  attempt!: AttemptView;

  @Field(() => Float)
  score!: number;

  @Field()
  passed!: boolean;

  @Field(() => Float)
  passingScore!: number;

  @Field(() => Int, {
    description: 'Answers sent with a submit that came after the deadline, and so not counted',
  })
  lateAnswersIgnored!: number;

  @Field(() => [AttemptResultItemView])
  items!: AttemptResultItemView[];
}

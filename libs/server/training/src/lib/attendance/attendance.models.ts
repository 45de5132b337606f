import { DateScalarType } from '@lms/server/core';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

import { AttendanceMethod } from '../common/training-enums';

/** A participant's mark for one day of a class. */
@ObjectType()
export class AttendanceMark {
  @Field(() => ID)
  enrollmentId!: string;

  @Field()
  present!: boolean;

  @Field(() => AttendanceMethod)
  method!: AttendanceMethod;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;
}

/** One entry of a class's attendance audit trail. */
@ObjectType()
export class AttendanceChange {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalarType, { description: 'The class day the mark is for' })
  date!: string;

  @Field(() => ID)
  enrollmentId!: string;

  @Field(() => String, { nullable: true, description: 'Username of the account that made it' })
  changedBy!: string | null;

  @Field(() => GraphQLISODateTime)
  changedAt!: Date;

  @Field(() => AttendanceMethod)
  method!: AttendanceMethod;

  @Field(() => Boolean, { nullable: true, description: 'Null: nothing was recorded before' })
  beforePresent!: boolean | null;

  @Field()
  afterPresent!: boolean;

  @Field({ description: 'Made after the day itself (a late correction)' })
  afterTheDay!: boolean;
}

import { Connection } from '@lms/server/core';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

import { NotificationKind } from '../common/training-enums';

@ObjectType('Notification')
export class NotificationView {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field({
    description: "The notice in the request's language (Accept-Language; Indonesian first)",
  })
  message!: string;

  @Field(() => ID, { nullable: true })
  trainingId!: string | null;

  @Field(() => ID, { nullable: true })
  enrollmentId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt!: Date | null;
}

export const NotificationConnection = Connection(NotificationView, 'Notification');

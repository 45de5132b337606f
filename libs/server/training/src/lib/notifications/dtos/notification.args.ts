import { PageArgs } from '@lms/server/core';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class NotificationListArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  unreadOnly = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Omitted: every unread notice' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[] | null;
}

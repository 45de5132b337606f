import {
  AccessScope,
  ConnectionShape,
  GraphqlContext,
  RequiresRole,
  Scope,
} from '@lms/server/core';
import { resolveLang, Role } from '@lms/shared/domain';
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { learnerEmployeeId } from '../common/training-access';
import { MarkNotificationsReadArgs, NotificationListArgs } from './dtos/notification.args';
import { NotificationConnection, NotificationView } from './notification.model';
import { NotificationService } from './notification.service';
import { notificationMessage } from './notification-messages';

@Resolver(() => NotificationView)
@RequiresRole(Role.LEARNER)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => NotificationConnection, { description: "The learner's notices, newest first" })
  async myNotifications(
    @Args() args: NotificationListArgs,
    @Scope() scope: AccessScope,
    @Context() ctx: GraphqlContext,
  ): Promise<ConnectionShape<NotificationView>> {
    const lang = resolveLang(ctx.req.headers['accept-language']);
    const page = await this.notifications.list(learnerEmployeeId(scope), args);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({
        cursor,
        node: {
          id: node.id,
          kind: node.kind,
          message: notificationMessage(node.kind, node.subject, lang),
          trainingId: node.trainingId,
          enrollmentId: node.enrollmentId,
          createdAt: node.createdAt,
          readAt: node.readAt,
        },
      })),
    };
  }

  @Query(() => Int)
  myUnreadNotificationCount(@Scope() scope: AccessScope): Promise<number> {
    return this.notifications.unreadCount(learnerEmployeeId(scope));
  }

  @Mutation(() => Int, { description: 'Marks notices read; answers how many changed' })
  markNotificationsRead(
    @Args() args: MarkNotificationsReadArgs,
    @Scope() scope: AccessScope,
  ): Promise<number> {
    return this.notifications.markRead(learnerEmployeeId(scope), args.ids ?? null);
  }
}

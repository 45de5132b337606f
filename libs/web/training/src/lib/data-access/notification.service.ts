import { inject, Injectable } from '@angular/core';
import {
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  MyUnreadNotificationCountDocument,
  type NotificationItemFragment,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

export interface NoticeList {
  unread: number;
  items: readonly NotificationItemFragment[];
}

/** A learner's in-app notices about their classes (confirmed, waitlisted, promoted, completed…). */
@Injectable({ providedIn: 'root' })
export class NotificationService {
  private readonly apollo = inject(Apollo);

  latest(first = 10): Observable<NoticeList> {
    return this.apollo
      .query({
        query: MyNotificationsDocument,
        variables: { first, unreadOnly: false },
        fetchPolicy: 'no-cache',
      })
      .pipe(
        map((result) => {
          const data = requiredData(result.data, 'myNotifications');
          return {
            unread: data.myUnreadNotificationCount,
            items: data.myNotifications.edges.map((edge) => edge.node),
          };
        }),
      );
  }

  /** Cheap enough to poll: the bell's badge. */
  unreadCount(): Observable<number> {
    return this.apollo
      .query({ query: MyUnreadNotificationCountDocument, fetchPolicy: 'no-cache' })
      .pipe(
        map(
          (result) =>
            requiredData(result.data, 'myUnreadNotificationCount').myUnreadNotificationCount,
        ),
      );
  }

  /** Marks the given notices read (all unread ones when `ids` is omitted). */
  async markRead(ids?: string[]): Promise<number> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: MarkNotificationsReadDocument,
        variables: { ids: ids ?? null },
        fetchPolicy: 'no-cache',
      }),
    );
    return requiredData(result.data, 'markNotificationsRead').markNotificationsRead;
  }
}

import type { NotificationList } from '../../contracts/notifications';
import type { NotificationRepository } from '../../db/repositories/notifications';
import type { Actor } from '../actor';

export const NOTIFICATION_PAGE = 30;

/** The caller's latest notifications and how many are unread (the bell's count). */
export async function listMyNotifications(
  deps: { notifications: NotificationRepository },
  actor: Actor,
): Promise<NotificationList> {
  const [items, unread] = await Promise.all([
    deps.notifications.listFor(actor.personId, NOTIFICATION_PAGE),
    deps.notifications.countUnread(actor.personId),
  ]);
  return {
    items: items.map((item) => ({
      id: item.id,
      kind: item.kind,
      params: item.params,
      link: item.link,
      createdAt: item.createdAt.toISOString(),
      read: item.readAt !== null,
    })),
    unread,
  };
}

import type { NotificationList } from '../../contracts/notifications';
import type { NotificationRepository } from '../../db/repositories/notifications';
import type { Actor } from '../actor';
import { listMyNotifications } from './listMyNotifications';

/** Marks every notification of the caller read; answers with the list, now all read. */
export async function markAllNotificationsRead(
  deps: { notifications: NotificationRepository; now: Date },
  actor: Actor,
): Promise<NotificationList> {
  await deps.notifications.markAllRead(actor.personId, deps.now);
  return listMyNotifications(deps, actor);
}

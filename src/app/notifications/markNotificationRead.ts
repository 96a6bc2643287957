import type { NotificationList } from '../../contracts/notifications';
import type { NotificationRepository } from '../../db/repositories/notifications';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { listMyNotifications } from './listMyNotifications';

/** Only one's own notifications: someone else's id is as unknown as a made-up one. */
export async function markNotificationRead(
  deps: { notifications: NotificationRepository; now: Date },
  actor: Actor,
  input: { id: string },
): Promise<NotificationList> {
  if (!(await deps.notifications.markRead(actor.personId, input.id, deps.now))) {
    throw notFound('notification');
  }
  return listMyNotifications(deps, actor);
}

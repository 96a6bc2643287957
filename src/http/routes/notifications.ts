import { listMyNotifications } from '../../app/notifications/listMyNotifications';
import { markAllNotificationsRead } from '../../app/notifications/markAllNotificationsRead';
import { markNotificationRead } from '../../app/notifications/markNotificationRead';
import { NotificationList } from '../../contracts/notifications';
import { IdParams } from '../../contracts/vocabulary';
import { NotificationRepository } from '../../db/repositories/notifications';
import { requireActor } from '../context';
import type { App } from '../server';

const tags = ['notifications'];

export function notificationRoutes(app: App) {
  app.get(
    '/api/v1/me/notifications',
    {
      schema: {
        tags,
        summary: 'My latest notifications and the unread count',
        response: { 200: NotificationList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listMyNotifications(
        { notifications: new NotificationRepository(app.deps.db, actor.organisationId) },
        actor,
      );
    },
  );

  app.post(
    '/api/v1/me/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: IdParams,
        response: { 200: NotificationList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        markNotificationRead(
          {
            notifications: new NotificationRepository(tx, actor.organisationId),
            now: app.deps.now(),
          },
          actor,
          request.params,
        ),
      );
    },
  );

  app.post(
    '/api/v1/me/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        response: { 200: NotificationList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        markAllNotificationsRead(
          {
            notifications: new NotificationRepository(tx, actor.organisationId),
            now: app.deps.now(),
          },
          actor,
        ),
      );
    },
  );
}

import { getMe } from '../../app/auth/getMe';
import { updatePreferences } from '../../app/auth/updatePreferences';
import { Me, PreferencesBody } from '../../contracts/auth';
import { AccountRepository } from '../../db/repositories/accounts';
import { requireActor } from '../context';
import type { App } from '../server';

export function meRoutes(app: App) {
  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in person, with the CSRF token for changing requests',
        response: { 200: Me },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const me = await getMe(
        { accounts: new AccountRepository(app.deps.db, actor.organisationId) },
        actor,
      );
      return { ...me, csrfToken: request.csrfToken! };
    },
  );

  app.patch(
    '/api/v1/me/preferences',
    {
      schema: {
        tags: ['auth'],
        summary: "Save the signed-in person's preferences (language)",
        body: PreferencesBody,
        response: { 200: Me },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const me = await app.deps.db.transaction((tx) =>
        updatePreferences(
          { accounts: new AccountRepository(tx, actor.organisationId), now: app.deps.now() },
          actor,
          request.body,
        ),
      );
      return { ...me, csrfToken: request.csrfToken! };
    },
  );
}

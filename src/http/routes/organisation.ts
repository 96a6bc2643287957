import { getOrganisationSettings } from '../../app/organisation/getOrganisationSettings';
import { updateOrganisationSettings } from '../../app/organisation/updateOrganisationSettings';
import { OrganisationPatch, OrganisationSettings } from '../../contracts/organisation';
import { OrganisationRepository } from '../../db/repositories/organisations';
import { requireActor } from '../context';
import type { App } from '../server';

const tags = ['organisation'];

export function organisationRoutes(app: App) {
  app.get(
    '/api/v1/organisation',
    {
      schema: {
        tags,
        summary: "Admins: the organisation's settings",
        response: { 200: OrganisationSettings },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return getOrganisationSettings(
        { organisation: new OrganisationRepository(app.deps.db, actor.organisationId) },
        actor,
      );
    },
  );

  app.patch(
    '/api/v1/organisation',
    {
      schema: {
        tags,
        summary: 'Admins: change the name, default language and time zone, video link template',
        body: OrganisationPatch,
        response: { 200: OrganisationSettings },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        updateOrganisationSettings(
          { organisation: new OrganisationRepository(tx, actor.organisationId) },
          actor,
          request.body,
        ),
      );
    },
  );
}

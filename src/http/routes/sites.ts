import { createSite } from '../../app/sites/createSite';
import { deleteSite } from '../../app/sites/deleteSite';
import { listSites } from '../../app/sites/listSites';
import { updateSite } from '../../app/sites/updateSite';
import { Site, SiteBody, SiteList, SitePatch } from '../../contracts/sites';
import { IdParams } from '../../contracts/vocabulary';
import { OrganisationRepository } from '../../db/repositories/organisations';
import { SiteRepository } from '../../db/repositories/sites';
import { requireActor } from '../context';
import type { App } from '../server';

const tags = ['sites'];

export function siteRoutes(app: App) {
  app.get(
    '/api/v1/sites',
    { schema: { tags, summary: "The organisation's sites", response: { 200: SiteList } } },
    async (request) => {
      const actor = requireActor(request);
      return listSites({ sites: new SiteRepository(app.deps.db, actor.organisationId) }, actor);
    },
  );

  app.post(
    '/api/v1/sites',
    {
      schema: { tags, summary: 'Admins: add a site', body: SiteBody, response: { 201: Site } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const site = await app.deps.db.transaction((tx) =>
        createSite(
          {
            sites: new SiteRepository(tx, actor.organisationId),
            organisation: new OrganisationRepository(tx, actor.organisationId),
          },
          actor,
          request.body,
        ),
      );
      return reply.status(201).send(site);
    },
  );

  app.patch(
    '/api/v1/sites/:id',
    {
      schema: {
        tags,
        summary: 'Admins: change a site',
        params: IdParams,
        body: SitePatch,
        response: { 200: Site },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        updateSite({ sites: new SiteRepository(tx, actor.organisationId) }, actor, {
          ...request.body,
          id: request.params.id,
        }),
      );
    },
  );

  app.delete(
    '/api/v1/sites/:id',
    {
      schema: {
        tags,
        summary: 'Admins: delete a site nobody has office days at',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.deps.db.transaction((tx) =>
        deleteSite({ sites: new SiteRepository(tx, actor.organisationId) }, actor, request.params),
      );
      return reply.status(204).send();
    },
  );
}

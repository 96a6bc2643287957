import { createTeam } from '../../app/teams/createTeam';
import { deleteTeam } from '../../app/teams/deleteTeam';
import { listTeams } from '../../app/teams/listTeams';
import { updateTeam } from '../../app/teams/updateTeam';
import { Team, TeamBody, TeamPatch, TeamTree } from '../../contracts/teams';
import { IdParams } from '../../contracts/vocabulary';
import type { Sql } from '../../db/client';
import { PeopleRepository } from '../../db/repositories/people';
import { TeamRepository } from '../../db/repositories/teams';
import { requireActor } from '../context';
import type { App } from '../server';

const tags = ['teams'];

const teamDeps = (sql: Sql, organisationId: string) => ({
  teams: new TeamRepository(sql, organisationId),
  people: new PeopleRepository(sql, organisationId),
});

export function teamRoutes(app: App) {
  app.get(
    '/api/v1/teams',
    {
      schema: {
        tags,
        summary: 'The team tree, depth first, with managers and member counts',
        response: { 200: TeamTree },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listTeams({ teams: new TeamRepository(app.deps.db, actor.organisationId) }, actor);
    },
  );

  app.post(
    '/api/v1/teams',
    {
      schema: { tags, summary: 'Admins: add a team', body: TeamBody, response: { 201: Team } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const team = await app.deps.db.transaction((tx) =>
        createTeam(teamDeps(tx, actor.organisationId), actor, request.body),
      );
      return reply.status(201).send(team);
    },
  );

  app.patch(
    '/api/v1/teams/:id',
    {
      schema: {
        tags,
        summary: 'Admins: rename a team, move it in the tree or change its manager',
        params: IdParams,
        body: TeamPatch,
        response: { 200: Team },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        updateTeam(teamDeps(tx, actor.organisationId), actor, {
          ...request.body,
          id: request.params.id,
        }),
      );
    },
  );

  app.delete(
    '/api/v1/teams/:id',
    {
      schema: { tags, summary: 'Admins: delete an empty team', params: IdParams },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.deps.db.transaction((tx) =>
        deleteTeam({ teams: new TeamRepository(tx, actor.organisationId) }, actor, request.params),
      );
      return reply.status(204).send();
    },
  );
}

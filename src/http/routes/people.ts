import { createPerson } from '../../app/people/createPerson';
import { deactivatePerson } from '../../app/people/deactivatePerson';
import { getPerson } from '../../app/people/getPerson';
import { searchPeople } from '../../app/people/searchPeople';
import { updatePerson } from '../../app/people/updatePerson';
import {
  CreatePersonBody,
  DirectoryPage,
  DirectoryQuery,
  PersonProfile,
  UpdatePersonBody,
} from '../../contracts/people';
import { IdParams } from '../../contracts/vocabulary';
import type { Sql } from '../../db/client';
import { DirectoryRepository } from '../../db/repositories/directory';
import { LearningGoalRepository } from '../../db/repositories/learningGoals';
import { OrganisationRepository } from '../../db/repositories/organisations';
import { PeopleRepository } from '../../db/repositories/people';
import { ProfileRepository } from '../../db/repositories/profiles';
import { SiteRepository } from '../../db/repositories/sites';
import { TeamRepository } from '../../db/repositories/teams';
import { requireActor } from '../context';
import type { App } from '../server';
import { matchDeps } from './matches';

const tags = ['people'];

const personDeps = (sql: Sql, organisationId: string) => ({
  people: new PeopleRepository(sql, organisationId),
  profiles: new ProfileRepository(sql, organisationId),
  goals: new LearningGoalRepository(sql, organisationId),
});

export function peopleRoutes(app: App) {
  app.get(
    '/api/v1/people',
    {
      schema: {
        tags,
        summary:
          'The people directory: search by name, e-mail or title; filter by skill, team, site',
        querystring: DirectoryQuery,
        response: { 200: DirectoryPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { db } = app.deps;
      return searchPeople(
        {
          directory: new DirectoryRepository(db, actor.organisationId),
          people: new PeopleRepository(db, actor.organisationId),
          profiles: new ProfileRepository(db, actor.organisationId),
        },
        actor,
        request.query,
      );
    },
  );

  app.get(
    '/api/v1/people/:id',
    {
      schema: {
        tags,
        summary:
          "A person's page; the learning profile for them, their managers and admins, the account for them and admins",
        params: IdParams,
        response: { 200: PersonProfile },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return getPerson(personDeps(app.deps.db, actor.organisationId), actor, request.params);
    },
  );

  app.post(
    '/api/v1/people',
    {
      schema: {
        tags,
        summary: 'Admins: add a person',
        body: CreatePersonBody,
        response: { 201: PersonProfile },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const person = await app.deps.db.transaction((tx) =>
        createPerson(
          {
            ...personDeps(tx, actor.organisationId),
            teams: new TeamRepository(tx, actor.organisationId),
            sites: new SiteRepository(tx, actor.organisationId),
            organisation: new OrganisationRepository(tx, actor.organisationId),
            now: app.deps.now(),
          },
          actor,
          request.body,
        ),
      );
      return reply.status(201).send(person);
    },
  );

  app.patch(
    '/api/v1/people/:id',
    {
      schema: {
        tags,
        summary: 'Admins: change a person, including role, team, manager, e-mail and status',
        params: IdParams,
        body: UpdatePersonBody,
        response: { 200: PersonProfile },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.mailer.transaction((tx, mail) =>
        updatePerson(
          {
            ...personDeps(tx, actor.organisationId),
            teams: new TeamRepository(tx, actor.organisationId),
            sites: new SiteRepository(tx, actor.organisationId),
            now: app.deps.now(),
            pairings: matchDeps(app, tx, mail, actor.organisationId),
          },
          actor,
          { ...request.body, id: request.params.id },
        ),
      );
    },
  );

  app.delete(
    '/api/v1/people/:id',
    {
      schema: {
        tags,
        summary: 'Admins: deactivate a person (kept, signed out, hidden from the directory)',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.deps.mailer.transaction((tx, mail) =>
        deactivatePerson(
          {
            people: new PeopleRepository(tx, actor.organisationId),
            now: app.deps.now(),
            pairings: matchDeps(app, tx, mail, actor.organisationId),
          },
          actor,
          request.params,
        ),
      );
      return reply.status(204).send();
    },
  );
}

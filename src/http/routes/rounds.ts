import { Type } from 'typebox';
import type { Actor } from '../../app/actor';
import { discardRound } from '../../app/rounds/discardRound';
import { getCurrentRound } from '../../app/rounds/getCurrentRound';
import { getRound } from '../../app/rounds/getRound';
import { publishRound } from '../../app/rounds/publishRound';
import { removeFromRound } from '../../app/rounds/removeFromRound';
import { startRound } from '../../app/rounds/startRound';
import { swapInRound } from '../../app/rounds/swapInRound';
import { RemoveBody, Round, SwapBody } from '../../contracts/rounds';
import { IdParams, nullable } from '../../contracts/vocabulary';
import type { Sql } from '../../db/client';
import { OrganisationRepository } from '../../db/repositories/organisations';
import { PairingBlockRepository } from '../../db/repositories/pairingBlocks';
import { ParticipantRepository } from '../../db/repositories/participants';
import { ProgrammeRepository } from '../../db/repositories/programmes';
import { RoundCohortRepository } from '../../db/repositories/roundCohort';
import { RoundRepository } from '../../db/repositories/rounds';
import type { MailOutbox } from '../../mail/message';
import { requireActor } from '../context';
import type { App } from '../server';

const tags = ['rounds'];

export function roundRoutes(app: App) {
  const deps = (sql: Sql, mail: MailOutbox, actor: Actor) => ({
    programmes: new ProgrammeRepository(sql, actor.organisationId),
    organisation: new OrganisationRepository(sql, actor.organisationId),
    cohort: new RoundCohortRepository(sql, actor.organisationId),
    participants: new ParticipantRepository(sql, actor.organisationId),
    blocks: new PairingBlockRepository(sql, actor.organisationId),
    rounds: new RoundRepository(sql, actor.organisationId),
    mail,
    now: app.deps.now(),
    publicUrl: app.deps.config.publicUrl,
  });

  app.post(
    '/api/v1/programmes/:id/rounds',
    {
      schema: {
        tags,
        summary: 'Admins: start a round: a preview of the proposed matches with scores and reasons',
        params: IdParams,
        response: { 201: Round },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const round = await app.deps.mailer.transaction((tx, mail) =>
        startRound(deps(tx, mail, actor), actor, { programmeId: request.params.id }),
      );
      return reply.status(201).send(round);
    },
  );

  app.get(
    '/api/v1/programmes/:id/rounds/current',
    {
      schema: {
        tags,
        summary: 'Admins: the open preview, else the last published round',
        params: IdParams,
        response: { 200: Type.Object({ round: nullable(Round) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { db } = app.deps;
      return getCurrentRound(
        {
          rounds: new RoundRepository(db, actor.organisationId),
          programmes: new ProgrammeRepository(db, actor.organisationId),
        },
        actor,
        { programmeId: request.params.id },
      );
    },
  );

  app.get(
    '/api/v1/rounds/:id',
    { schema: { tags, summary: 'Admins: one round', params: IdParams, response: { 200: Round } } },
    async (request) => {
      const actor = requireActor(request);
      return getRound(
        { rounds: new RoundRepository(app.deps.db, actor.organisationId) },
        actor,
        request.params,
      );
    },
  );

  app.post(
    '/api/v1/rounds/:id/swap',
    {
      schema: {
        tags,
        summary: 'Admins: two people of a preview trade places between their matches',
        params: IdParams,
        body: SwapBody,
        response: { 200: Round },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.mailer.transaction((tx, mail) =>
        swapInRound(deps(tx, mail, actor), actor, {
          roundId: request.params.id,
          personIds: request.body.personIds,
        }),
      );
    },
  );

  app.post(
    '/api/v1/rounds/:id/remove',
    {
      schema: {
        tags,
        summary: 'Admins: take a match out of a preview; its members return to the unmatched',
        params: IdParams,
        body: RemoveBody,
        response: { 200: Round },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.mailer.transaction((tx, mail) =>
        removeFromRound(deps(tx, mail, actor), actor, {
          roundId: request.params.id,
          matchId: request.body.matchId,
        }),
      );
    },
  );

  app.post(
    '/api/v1/rounds/:id/discard',
    { schema: { tags, summary: 'Admins: throw a preview away', params: IdParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.deps.mailer.transaction((tx, mail) =>
        discardRound(deps(tx, mail, actor), actor, { roundId: request.params.id }),
      );
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/rounds/:id/publish',
    {
      schema: {
        tags,
        summary: 'Admins: publish a preview: members are told by mail and in the app',
        params: IdParams,
        response: { 200: Round },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.mailer.transaction((tx, mail) =>
        publishRound(deps(tx, mail, actor), actor, { roundId: request.params.id }),
      );
    },
  );
}

import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor';
import { notFound } from '../../app/errors';
import type { HelpSignalDeps } from '../../app/helpSignals/deps';
import { getHelpSignal } from '../../app/helpSignals/getHelpSignal';
import { raiseHand } from '../../app/helpSignals/raiseHand';
import { respondToSignal } from '../../app/helpSignals/respondToSignal';
import { HelpSignalView } from '../../contracts/checkins';
import { HelpSignalDetail, RaiseHandBody, SignalResponseBody } from '../../contracts/helpSignals';
import { IdParams } from '../../contracts/vocabulary';
import type { Sql } from '../../db/client';
import { CheckinPeopleRepository } from '../../db/repositories/checkinPeople';
import { CheckinRhythmRepository } from '../../db/repositories/checkinRhythms';
import { HelpSignalRepository } from '../../db/repositories/helpSignals';
import { NotificationRepository } from '../../db/repositories/notifications';
import { OrganisationRepository } from '../../db/repositories/organisations';
import { requireActor } from '../context';
import type { App } from '../server';

const tags = ['checkins'];

export function helpSignalRoutes(app: App) {
  const depsFor = async (tx: Sql, actor: Actor): Promise<HelpSignalDeps> => ({
    signals: new HelpSignalRepository(tx, actor.organisationId),
    people: new CheckinPeopleRepository(tx, actor.organisationId),
    notifications: new NotificationRepository(tx, actor.organisationId),
    settings: await new CheckinRhythmRepository(tx, actor.organisationId).settings(),
    now: app.deps.now(),
  });
  const run = <T>(
    request: FastifyRequest,
    fn: (deps: HelpSignalDeps, actor: Actor) => Promise<T>,
  ) => {
    const actor = requireActor(request);
    return app.deps.db.transaction(async (tx) => fn(await depsFor(tx, actor), actor));
  };

  app.post(
    '/api/v1/me/help-signals',
    {
      schema: {
        tags,
        summary:
          'Raise a hand: "I need help with …"; the manager is notified in the app and by mail',
        body: RaiseHandBody,
        response: { 201: HelpSignalView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const signal = await app.deps.mailer.transaction(async (tx, mail) => {
        const organisation = await new OrganisationRepository(tx, actor.organisationId).get();
        if (!organisation) throw notFound('organisation');
        return raiseHand(
          {
            ...(await depsFor(tx, actor)),
            mail,
            organisation,
            publicUrl: app.deps.config.publicUrl,
          },
          actor,
          request.body,
        );
      });
      return reply.status(201).send(signal);
    },
  );

  app.get(
    '/api/v1/help-signals/:id',
    {
      schema: {
        tags,
        summary:
          'A raised hand and where help can come from (buddy, colleagues offering the skill)',
        params: IdParams,
        response: { 200: HelpSignalDetail },
      },
    },
    (request) => run(request, (deps, actor) => getHelpSignal(deps, actor, request.params)),
  );

  app.patch(
    '/api/v1/help-signals/:id',
    {
      schema: {
        tags,
        summary: 'The manager acknowledges or resolves a raised hand, with a response',
        params: IdParams,
        body: SignalResponseBody,
        response: { 200: HelpSignalDetail },
      },
    },
    (request) =>
      run(request, (deps, actor) =>
        respondToSignal(deps, actor, { ...request.body, id: request.params.id }),
      ),
  );
}

import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor';
import { addAgendaItem } from '../../app/checkins/addAgendaItem';
import { addCheckinAction } from '../../app/checkins/addCheckinAction';
import { addCheckinNote } from '../../app/checkins/addCheckinNote';
import { answerPulse } from '../../app/checkins/answerPulse';
import { cancelCheckin } from '../../app/checkins/cancelCheckin';
import type { CheckinDeps } from '../../app/checkins/deps';
import { getCheckin } from '../../app/checkins/getCheckin';
import { getMyCheckins } from '../../app/checkins/getMyCheckins';
import { holdCheckin } from '../../app/checkins/holdCheckin';
import { markAgendaItem } from '../../app/checkins/markAgendaItem';
import { planCheckin } from '../../app/checkins/planCheckin';
import { requestRhythmChange } from '../../app/checkins/requestRhythmChange';
import { rescheduleCheckin } from '../../app/checkins/rescheduleCheckin';
import { updateCheckinAction } from '../../app/checkins/updateCheckinAction';
import {
  ActionBody,
  ActionPatch,
  AgendaItemBody,
  AgendaItemParams,
  AgendaItemPatch,
  Checkin,
  CheckinAction,
  CheckinPatch,
  MyCheckins,
  NoteBody,
  PlanCheckinBody,
  PulseBody,
  Rhythm,
  RhythmRequestBody,
} from '../../contracts/checkins';
import { IdParams } from '../../contracts/vocabulary';
import { requireActor } from '../context';
import type { App } from '../server';
import { checkinDeps } from './checkinDeps';

const tags = ['checkins'];

export function checkinRoutes(app: App) {
  /** One transaction for one use case, with the check-in dependencies made for the caller. */
  const run = <T>(request: FastifyRequest, fn: (deps: CheckinDeps, actor: Actor) => Promise<T>) => {
    const actor = requireActor(request);
    return app.deps.mailer.transaction(async (tx, mail) =>
      fn(await checkinDeps(app, tx, actor, mail), actor),
    );
  };

  app.get(
    '/api/v1/me/checkins',
    {
      schema: {
        tags,
        summary:
          'My next check-in and its agenda, past ones, goals, actions, raised hands and rhythm',
        response: { 200: MyCheckins },
      },
    },
    (request) => run(request, (deps, actor) => getMyCheckins(deps, actor)),
  );

  app.post(
    '/api/v1/me/rhythm-requests',
    {
      schema: {
        tags,
        summary: 'Ask my manager to meet more or less often',
        body: RhythmRequestBody,
        response: { 201: Rhythm },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await run(request, (deps, actor) => requestRhythmChange(deps, actor, request.body))),
  );

  app.post(
    '/api/v1/people/:id/checkins',
    {
      schema: {
        tags,
        summary: "Plan a person's next check-in (their manager, or the person asking for one)",
        params: IdParams,
        body: PlanCheckinBody,
        response: { 201: Checkin },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await run(request, (deps, actor) =>
            planCheckin(deps, actor, { ...request.body, personId: request.params.id }),
          ),
        ),
  );

  app.get(
    '/api/v1/checkins/:id',
    {
      schema: {
        tags,
        summary: 'A check-in: agenda, shared notes and my own private notes, actions, goals, pulse',
        params: IdParams,
        response: { 200: Checkin },
      },
    },
    (request) => run(request, (deps, actor) => getCheckin(deps, actor, request.params)),
  );

  app.patch(
    '/api/v1/checkins/:id',
    {
      schema: {
        tags,
        summary: 'Managers: move a planned check-in to another day',
        params: IdParams,
        body: CheckinPatch,
        response: { 200: Checkin },
      },
    },
    (request) =>
      run(request, (deps, actor) =>
        rescheduleCheckin(deps, actor, { id: request.params.id, ...request.body }),
      ),
  );

  app.post(
    '/api/v1/checkins/:id/hold',
    {
      schema: {
        tags,
        summary:
          'Managers: close the check-in as held today; the next is planned and open points carry over',
        params: IdParams,
        response: { 200: Checkin },
      },
    },
    (request) =>
      run(request, async (deps, actor) => (await holdCheckin(deps, actor, request.params)).held),
  );

  app.post(
    '/api/v1/checkins/:id/cancel',
    {
      schema: {
        tags,
        summary:
          'Managers: call off a planned check-in; its meeting is cancelled, the person notified, and open points wait for the next one',
        params: IdParams,
        response: { 200: Checkin },
      },
    },
    (request) => run(request, (deps, actor) => cancelCheckin(deps, actor, request.params)),
  );

  app.post(
    '/api/v1/checkins/:id/agenda',
    {
      schema: {
        tags,
        summary: 'Add a talking point (409 checkin_closed once held)',
        params: IdParams,
        body: AgendaItemBody,
        response: { 201: Checkin },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await run(request, (deps, actor) =>
            addAgendaItem(deps, actor, { ...request.body, checkinId: request.params.id }),
          ),
        ),
  );

  app.patch(
    '/api/v1/checkins/:id/agenda/:itemId',
    {
      schema: {
        tags,
        summary: 'Tick a talking point off as discussed, or not',
        params: AgendaItemParams,
        body: AgendaItemPatch,
        response: { 200: Checkin },
      },
    },
    (request) =>
      run(request, (deps, actor) =>
        markAgendaItem(deps, actor, {
          checkinId: request.params.id,
          itemId: request.params.itemId,
          discussed: request.body.discussed,
        }),
      ),
  );

  app.post(
    '/api/v1/checkins/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a shared note, or (managers) a private one only its author ever reads',
        params: IdParams,
        body: NoteBody,
        response: { 201: Checkin },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await run(request, (deps, actor) =>
            addCheckinNote(deps, actor, { ...request.body, checkinId: request.params.id }),
          ),
        ),
  );

  app.post(
    '/api/v1/checkins/:id/actions',
    {
      schema: {
        tags,
        summary: 'Agree an action, owned by the person or their manager',
        params: IdParams,
        body: ActionBody,
        response: { 201: Checkin },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await run(request, (deps, actor) =>
            addCheckinAction(deps, actor, { ...request.body, checkinId: request.params.id }),
          ),
        ),
  );

  app.patch(
    '/api/v1/checkin-actions/:id',
    {
      schema: {
        tags,
        summary: 'Mark an action done, or open again',
        params: IdParams,
        body: ActionPatch,
        response: { 200: CheckinAction },
      },
    },
    (request) =>
      run(request, (deps, actor) =>
        updateCheckinAction(deps, actor, { id: request.params.id, ...request.body }),
      ),
  );

  app.post(
    '/api/v1/checkins/:id/pulse',
    {
      schema: {
        tags,
        summary:
          'The person: how supported do you feel (1–5), is this rhythm right (more / same / less)?',
        params: IdParams,
        body: PulseBody,
        response: { 200: Checkin },
      },
    },
    (request) =>
      run(request, (deps, actor) =>
        answerPulse(deps, actor, { ...request.body, checkinId: request.params.id }),
      ),
  );
}

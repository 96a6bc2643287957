import type { Actor } from '../../app/actor';
import { addMatchLogEntry } from '../../app/matches/addMatchLogEntry';
import type { MatchDeps } from '../../app/matches/deps';
import { endMatch } from '../../app/matches/endMatch';
import { getMatch } from '../../app/matches/getMatch';
import { listMyMatches } from '../../app/matches/listMyMatches';
import { postMatchMessage } from '../../app/matches/postMatchMessage';
import { recordFeedback } from '../../app/matches/recordFeedback';
import { respondToMatch } from '../../app/matches/respondToMatch';
import { setLearningWish } from '../../app/matches/setLearningWish';
import { tickChecklistItem } from '../../app/matches/tickChecklistItem';
import { meetingDeps } from '../../app/meetings/deps';
import {
  ChecklistItemBody,
  ChecklistItemParams,
  EndMatchBody,
  LearningWishBody,
  MatchDetail,
  MatchFeedbackBody,
  MatchList,
  MatchLogEntryBody,
  MatchMessageBody,
  MatchResponseBody,
} from '../../contracts/matches';
import { IdParams } from '../../contracts/vocabulary';
import type { Sql } from '../../db/client';
import { MatchRepository } from '../../db/repositories/matches';
import { MatchFitDataRepository } from '../../db/repositories/matchFitData';
import { MatchSilenceRepository } from '../../db/repositories/matchSilence';
import type { MailOutbox } from '../../mail/message';
import { requireActor } from '../context';
import type { App } from '../server';

const tags = ['matches'];

/** The pairing use cases' dependencies inside one transaction; people routes use it too. */
export function matchDeps(app: App, tx: Sql, mail: MailOutbox, organisationId: string): MatchDeps {
  return {
    matches: new MatchRepository(tx, organisationId),
    silence: new MatchSilenceRepository(tx, organisationId),
    fitData: new MatchFitDataRepository(tx, organisationId),
    translator: app.deps.translator,
    mail,
    meetings: meetingDeps(tx, organisationId, {
      mail,
      publicUrl: app.deps.config.publicUrl,
      mailFrom: app.deps.config.mailFrom,
    }),
    now: app.deps.now(),
    publicUrl: app.deps.config.publicUrl,
  };
}

export function matchRoutes(app: App) {
  /** One transaction (with its outbox) per change, answering with the match as it now is. */
  const change = <T>(actor: Actor, fn: (deps: MatchDeps) => Promise<T>) =>
    app.deps.mailer.transaction((tx, mail) => fn(matchDeps(app, tx, mail, actor.organisationId)));

  app.get(
    '/api/v1/matches',
    {
      schema: {
        tags,
        summary: 'My published pairings, newest first',
        response: { 200: MatchList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listMyMatches(
        {
          matches: new MatchRepository(app.deps.db, actor.organisationId),
          translator: app.deps.translator,
        },
        actor,
      );
    },
  );

  app.get(
    '/api/v1/matches/:id',
    {
      schema: {
        tags,
        summary: 'One of my pairings: partners, reasons, questions, log, checklist, answers',
        params: IdParams,
        response: { 200: MatchDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return getMatch(
        {
          matches: new MatchRepository(app.deps.db, actor.organisationId),
          translator: app.deps.translator,
        },
        actor,
        request.params,
      );
    },
  );

  app.post(
    '/api/v1/matches/:id/response',
    {
      schema: {
        tags,
        summary:
          'Accept or decline a proposed pairing (a decline proposes my partner someone else)',
        params: IdParams,
        body: MatchResponseBody,
        response: { 200: MatchDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return change(actor, (deps) =>
        respondToMatch(deps, actor, { ...request.body, id: request.params.id }),
      );
    },
  );

  app.post(
    '/api/v1/matches/:id/end',
    {
      schema: {
        tags,
        summary: 'End an active pairing early',
        params: IdParams,
        body: EndMatchBody,
        response: { 200: MatchDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return change(actor, (deps) =>
        endMatch(deps, actor, { ...request.body, id: request.params.id }),
      );
    },
  );

  app.post(
    '/api/v1/matches/:id/messages',
    {
      schema: {
        tags,
        summary: 'Buddy pairings: ask a question, or answer one (replyTo)',
        params: IdParams,
        body: MatchMessageBody,
        response: { 201: MatchDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const match = await change(actor, (deps) =>
        postMatchMessage(deps, actor, { ...request.body, id: request.params.id }),
      );
      return reply.status(201).send(match);
    },
  );

  app.put(
    '/api/v1/matches/:id/learning-wish',
    {
      schema: {
        tags,
        summary: 'Mentoring: what I want to learn from my partner',
        params: IdParams,
        body: LearningWishBody,
        response: { 200: MatchDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return change(actor, (deps) =>
        setLearningWish(deps, actor, { ...request.body, id: request.params.id }),
      );
    },
  );

  app.post(
    '/api/v1/matches/:id/log',
    {
      schema: {
        tags,
        summary: 'Mentoring: log a session and what was learned',
        params: IdParams,
        body: MatchLogEntryBody,
        response: { 201: MatchDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const match = await change(actor, (deps) =>
        addMatchLogEntry(deps, actor, { ...request.body, id: request.params.id }),
      );
      return reply.status(201).send(match);
    },
  );

  app.put(
    '/api/v1/matches/:id/checklist/:item',
    {
      schema: {
        tags,
        summary: 'Onboarding godparents: tick or untick a checklist item',
        params: ChecklistItemParams,
        body: ChecklistItemBody,
        response: { 200: MatchDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return change(actor, (deps) =>
        tickChecklistItem(deps, actor, { ...request.params, done: request.body.done }),
      );
    },
  );

  app.put(
    '/api/v1/matches/:id/feedback',
    {
      schema: {
        tags,
        summary: '"Did you meet?" for a meeting date, with an optional 1–5 rating',
        params: IdParams,
        body: MatchFeedbackBody,
        response: { 200: MatchDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return change(actor, (deps) =>
        recordFeedback(deps, actor, { ...request.body, id: request.params.id }),
      );
    },
  );
}

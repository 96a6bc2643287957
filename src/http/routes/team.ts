import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor';
import { createPersonGoal } from '../../app/checkins/createPersonGoal';
import type { CheckinDeps } from '../../app/checkins/deps';
import { getCheckinSettings } from '../../app/checkins/getCheckinSettings';
import { getCheckinStats } from '../../app/checkins/getCheckinStats';
import { getGoalHistory } from '../../app/checkins/getGoalHistory';
import { getPersonTimeline } from '../../app/checkins/getPersonTimeline';
import { getTeamOverview } from '../../app/checkins/getTeamOverview';
import { setRhythm } from '../../app/checkins/setRhythm';
import { updateCheckinSettings } from '../../app/checkins/updateCheckinSettings';
import { updatePersonGoal } from '../../app/checkins/updatePersonGoal';
import {
  CheckinSettings,
  CheckinSettingsPatch,
  CheckinStats,
  GoalHistory,
  PersonGoalParams,
  PersonTimeline,
  Rhythm,
  RhythmBody,
  TeamOverview,
} from '../../contracts/checkins';
import { Goal, GoalBody, GoalPatch } from '../../contracts/goals';
import { IdParams } from '../../contracts/vocabulary';
import { requireActor } from '../context';
import type { App } from '../server';
import { checkinDeps } from './checkinDeps';

const tags = ['checkins'];

/** The manager's side of check-ins: the team view, a person's timeline, rhythms, goals. */
export function teamViewRoutes(app: App) {
  const run = <T>(request: FastifyRequest, fn: (deps: CheckinDeps, actor: Actor) => Promise<T>) => {
    const actor = requireActor(request);
    return app.deps.mailer.transaction(async (tx, mail) =>
      fn(await checkinDeps(app, tx, actor, mail), actor),
    );
  };

  app.get(
    '/api/v1/team',
    {
      schema: {
        tags,
        summary:
          'Managers: each report with rhythm, last and next check-in, raised hands, goals at risk and learning contacts',
        response: { 200: TeamOverview },
      },
    },
    (request) => run(request, (deps, actor) => getTeamOverview(deps, actor)),
  );

  app.get(
    '/api/v1/people/:id/timeline',
    {
      schema: {
        tags,
        summary: "Managers: a report's check-ins, goals, actions and raised hands",
        params: IdParams,
        response: { 200: PersonTimeline },
      },
    },
    (request) =>
      run(request, (deps, actor) =>
        getPersonTimeline(deps, actor, { personId: request.params.id }),
      ),
  );

  app.put(
    '/api/v1/people/:id/rhythm',
    {
      schema: {
        tags,
        summary: "The direct manager sets a person's check-in rhythm with a reason, or resets it",
        params: IdParams,
        body: RhythmBody,
        response: { 200: Rhythm },
      },
    },
    (request) =>
      run(request, (deps, actor) =>
        setRhythm(deps, actor, { ...request.body, personId: request.params.id }),
      ),
  );

  app.post(
    '/api/v1/people/:id/goals',
    {
      schema: {
        tags,
        summary: 'The person or their manager adds a learning goal',
        params: IdParams,
        body: GoalBody,
        response: { 201: Goal },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await run(request, (deps, actor) =>
            createPersonGoal(deps, actor, { ...request.body, personId: request.params.id }),
          ),
        ),
  );

  app.patch(
    '/api/v1/people/:id/goals/:goalId',
    {
      schema: {
        tags,
        summary: 'The person or their manager changes a learning goal; the change is kept',
        params: PersonGoalParams,
        body: GoalPatch,
        response: { 200: Goal },
      },
    },
    (request) =>
      run(request, (deps, actor) =>
        updatePersonGoal(deps, actor, {
          ...request.body,
          personId: request.params.id,
          goalId: request.params.goalId,
        }),
      ),
  );

  app.get(
    '/api/v1/people/:id/goals/:goalId/history',
    {
      schema: {
        tags,
        summary: 'Who changed a learning goal and how',
        params: PersonGoalParams,
        response: { 200: GoalHistory },
      },
    },
    (request) =>
      run(request, (deps, actor) =>
        getGoalHistory(deps, actor, { personId: request.params.id, goalId: request.params.goalId }),
      ),
  );

  app.get(
    '/api/v1/checkin-settings',
    {
      schema: {
        tags,
        summary: "The organisation's check-in rhythm per support need and skip-level reading",
        response: { 200: CheckinSettings },
      },
    },
    (request) => run(request, (deps, actor) => getCheckinSettings(deps, actor)),
  );

  app.patch(
    '/api/v1/checkin-settings',
    {
      schema: {
        tags,
        summary: 'Admins: change the check-in defaults',
        body: CheckinSettingsPatch,
        response: { 200: CheckinSettings },
      },
    },
    (request) => run(request, (deps, actor) => updateCheckinSettings(deps, actor, request.body)),
  );

  app.get(
    '/api/v1/checkin-stats',
    {
      schema: {
        tags,
        summary:
          'Admins: share of check-ins held on time per team over the last year (counts only)',
        response: { 200: CheckinStats },
      },
    },
    (request) => run(request, (deps, actor) => getCheckinStats(deps, actor)),
  );
}

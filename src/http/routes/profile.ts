import { createMyGoal } from '../../app/profile/createMyGoal';
import { deleteMyGoal } from '../../app/profile/deleteMyGoal';
import { getMyProfile } from '../../app/profile/getMyProfile';
import { listMyGoals } from '../../app/profile/listMyGoals';
import { updateMyGoal } from '../../app/profile/updateMyGoal';
import { updateMyProfile } from '../../app/profile/updateMyProfile';
import { Goal, GoalBody, GoalList, GoalPatch } from '../../contracts/goals';
import { MyProfile, MyProfileBody } from '../../contracts/profile';
import { IdParams } from '../../contracts/vocabulary';
import { GoalEventRepository } from '../../db/repositories/goalEvents';
import { LearningGoalRepository } from '../../db/repositories/learningGoals';
import { PeopleRepository } from '../../db/repositories/people';
import { ProfileRepository } from '../../db/repositories/profiles';
import { SiteRepository } from '../../db/repositories/sites';
import { SkillRepository } from '../../db/repositories/skills';
import { requireActor } from '../context';
import type { App } from '../server';

const tags = ['profile'];

export function profileRoutes(app: App) {
  app.get(
    '/api/v1/me/profile',
    {
      schema: {
        tags,
        summary: 'My profile: basics, work week, skills offered and wanted, learning profile',
        response: { 200: MyProfile },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { db } = app.deps;
      return getMyProfile(
        {
          people: new PeopleRepository(db, actor.organisationId),
          profiles: new ProfileRepository(db, actor.organisationId),
        },
        actor,
      );
    },
  );

  app.put(
    '/api/v1/me/profile',
    {
      schema: {
        tags,
        summary: 'Replace my whole profile; role, team and manager are set by an admin',
        body: MyProfileBody,
        response: { 200: MyProfile },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        updateMyProfile(
          {
            people: new PeopleRepository(tx, actor.organisationId),
            profiles: new ProfileRepository(tx, actor.organisationId),
            sites: new SiteRepository(tx, actor.organisationId),
            skills: new SkillRepository(tx, actor.organisationId),
            now: app.deps.now(),
          },
          actor,
          request.body,
        ),
      );
    },
  );

  app.get(
    '/api/v1/me/goals',
    {
      schema: {
        tags,
        summary: 'My learning goals: open ones first, nearest target date first',
        response: { 200: GoalList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listMyGoals(
        { goals: new LearningGoalRepository(app.deps.db, actor.organisationId) },
        actor,
      );
    },
  );

  app.post(
    '/api/v1/me/goals',
    {
      schema: { tags, summary: 'Add a learning goal', body: GoalBody, response: { 201: Goal } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const goal = await app.deps.db.transaction((tx) =>
        createMyGoal(
          {
            goals: new LearningGoalRepository(tx, actor.organisationId),
            skills: new SkillRepository(tx, actor.organisationId),
            now: app.deps.now(),
          },
          actor,
          request.body,
        ),
      );
      return reply.status(201).send(goal);
    },
  );

  app.patch(
    '/api/v1/me/goals/:id',
    {
      schema: {
        tags,
        summary: 'Change one of my learning goals (title, status, progress, …)',
        params: IdParams,
        body: GoalPatch,
        response: { 200: Goal },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        updateMyGoal(
          {
            goals: new LearningGoalRepository(tx, actor.organisationId),
            goalEvents: new GoalEventRepository(tx, actor.organisationId),
            skills: new SkillRepository(tx, actor.organisationId),
            now: app.deps.now(),
          },
          actor,
          { ...request.body, id: request.params.id },
        ),
      );
    },
  );

  app.delete(
    '/api/v1/me/goals/:id',
    { schema: { tags, summary: 'Delete one of my learning goals', params: IdParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.deps.db.transaction((tx) =>
        deleteMyGoal(
          { goals: new LearningGoalRepository(tx, actor.organisationId) },
          actor,
          request.params,
        ),
      );
      return reply.status(204).send();
    },
  );
}

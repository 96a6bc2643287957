import { createSkill } from '../../app/skills/createSkill';
import { deleteSkill } from '../../app/skills/deleteSkill';
import { searchSkills } from '../../app/skills/searchSkills';
import { updateSkill } from '../../app/skills/updateSkill';
import { Skill, SkillBody, SkillList, SkillPatch, SkillQuery } from '../../contracts/skills';
import { IdParams } from '../../contracts/vocabulary';
import { SkillRepository } from '../../db/repositories/skills';
import { requireActor } from '../context';
import type { App } from '../server';

const tags = ['skills'];

export function skillRoutes(app: App) {
  app.get(
    '/api/v1/skills',
    {
      schema: {
        tags,
        summary: 'The skills taxonomy; with q, autocomplete over names and synonyms',
        querystring: SkillQuery,
        response: { 200: SkillList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return searchSkills(
        { skills: new SkillRepository(app.deps.db, actor.organisationId) },
        actor,
        request.query,
      );
    },
  );

  app.post(
    '/api/v1/skills',
    {
      schema: { tags, summary: 'Admins: add a skill', body: SkillBody, response: { 201: Skill } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const skill = await app.deps.db.transaction((tx) =>
        createSkill({ skills: new SkillRepository(tx, actor.organisationId) }, actor, request.body),
      );
      return reply.status(201).send(skill);
    },
  );

  app.patch(
    '/api/v1/skills/:id',
    {
      schema: {
        tags,
        summary: 'Admins: rename a skill, change its category or synonyms',
        params: IdParams,
        body: SkillPatch,
        response: { 200: Skill },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        updateSkill({ skills: new SkillRepository(tx, actor.organisationId) }, actor, {
          ...request.body,
          id: request.params.id,
        }),
      );
    },
  );

  app.delete(
    '/api/v1/skills/:id',
    {
      schema: {
        tags,
        summary: "Admins: delete a skill; it leaves everyone's offers and wishes",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.deps.db.transaction((tx) =>
        deleteSkill(
          { skills: new SkillRepository(tx, actor.organisationId) },
          actor,
          request.params,
        ),
      );
      return reply.status(204).send();
    },
  );
}

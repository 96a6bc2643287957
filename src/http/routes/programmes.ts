import type { Actor } from '../../app/actor';
import { addMyPairingBlock } from '../../app/programmes/addMyPairingBlock';
import { createProgramme } from '../../app/programmes/createProgramme';
import { getProgramme } from '../../app/programmes/getProgramme';
import { getProgrammeStats } from '../../app/programmes/getProgrammeStats';
import { joinProgramme } from '../../app/programmes/joinProgramme';
import { leaveProgramme } from '../../app/programmes/leaveProgramme';
import { listMyPairingBlocks } from '../../app/programmes/listMyPairingBlocks';
import { listMyProgrammes } from '../../app/programmes/listMyProgrammes';
import { listProgrammes } from '../../app/programmes/listProgrammes';
import { listProgrammeTemplates } from '../../app/programmes/listProgrammeTemplates';
import { pauseProgramme } from '../../app/programmes/pauseProgramme';
import { removeMyPairingBlock } from '../../app/programmes/removeMyPairingBlock';
import { updateProgramme } from '../../app/programmes/updateProgramme';
import {
  EnrolmentBody,
  OpenProgramme,
  OpenProgrammeList,
  PairingBlockBody,
  PairingBlockList,
  PauseBody,
  Programme,
  ProgrammeBody,
  ProgrammeList,
  ProgrammePatch,
  ProgrammeStats,
  ProgrammeTemplateList,
} from '../../contracts/programmes';
import { IdParams } from '../../contracts/vocabulary';
import type { Sql } from '../../db/client';
import { OrganisationRepository } from '../../db/repositories/organisations';
import { PairingBlockRepository } from '../../db/repositories/pairingBlocks';
import { ParticipantRepository } from '../../db/repositories/participants';
import { ProgrammeRepository } from '../../db/repositories/programmes';
import { RoundCohortRepository } from '../../db/repositories/roundCohort';
import { RoundRepository } from '../../db/repositories/rounds';
import { SiteRepository } from '../../db/repositories/sites';
import { requireActor } from '../context';
import type { App } from '../server';

const tags = ['programmes'];

export function programmeRoutes(app: App) {
  const settingsDeps = (sql: Sql, actor: Actor) => ({
    programmes: new ProgrammeRepository(sql, actor.organisationId),
    cohort: new RoundCohortRepository(sql, actor.organisationId),
    sites: new SiteRepository(sql, actor.organisationId),
    organisation: new OrganisationRepository(sql, actor.organisationId),
    now: app.deps.now(),
  });
  const enrolmentDeps = (sql: Sql, actor: Actor) => ({
    programmes: new ProgrammeRepository(sql, actor.organisationId),
    participants: new ParticipantRepository(sql, actor.organisationId),
    cohort: new RoundCohortRepository(sql, actor.organisationId),
    now: app.deps.now(),
  });
  const blockDeps = (sql: Sql, actor: Actor) => ({
    blocks: new PairingBlockRepository(sql, actor.organisationId),
    cohort: new RoundCohortRepository(sql, actor.organisationId),
  });

  app.get(
    '/api/v1/programme-templates',
    {
      schema: {
        tags,
        summary: 'Admins: the starting settings of each kind of programme',
        response: { 200: ProgrammeTemplateList },
      },
    },
    async (request) => listProgrammeTemplates(requireActor(request)),
  );

  app.get(
    '/api/v1/programmes',
    {
      schema: {
        tags,
        summary: "Admins: the organisation's programmes",
        response: { 200: ProgrammeList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listProgrammes(
        { programmes: new ProgrammeRepository(app.deps.db, actor.organisationId) },
        actor,
      );
    },
  );

  app.post(
    '/api/v1/programmes',
    {
      schema: {
        tags,
        summary: 'Admins: create a programme from its kind’s template',
        body: ProgrammeBody,
        response: { 201: Programme },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await app.deps.db.transaction((tx) =>
        createProgramme(settingsDeps(tx, actor), actor, request.body),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/v1/programmes/:id',
    {
      schema: {
        tags,
        summary: 'Admins: one programme',
        params: IdParams,
        response: { 200: Programme },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return getProgramme(
        { programmes: new ProgrammeRepository(app.deps.db, actor.organisationId) },
        actor,
        request.params,
      );
    },
  );

  app.patch(
    '/api/v1/programmes/:id',
    {
      schema: {
        tags,
        summary: 'Admins: change a programme’s settings or status',
        params: IdParams,
        body: ProgrammePatch,
        response: { 200: Programme },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        updateProgramme(settingsDeps(tx, actor), actor, { ...request.body, id: request.params.id }),
      );
    },
  );

  app.get(
    '/api/v1/programmes/:id/stats',
    {
      schema: {
        tags,
        summary:
          'Admins: participation, matches, answers, meetings held, unmatched and silent people',
        params: IdParams,
        response: { 200: ProgrammeStats },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { db } = app.deps;
      return getProgrammeStats(
        {
          ...enrolmentDeps(db, actor),
          rounds: new RoundRepository(db, actor.organisationId),
        },
        actor,
        request.params,
      );
    },
  );

  app.get(
    '/api/v1/me/programmes',
    {
      schema: {
        tags,
        summary: 'The programmes open to me and how I take part',
        response: { 200: OpenProgrammeList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listMyProgrammes(enrolmentDeps(app.deps.db, actor), actor);
    },
  );

  app.put(
    '/api/v1/me/programmes/:id',
    {
      schema: {
        tags,
        summary: 'Join a programme, come back from a pause, or change my role',
        params: IdParams,
        body: EnrolmentBody,
        response: { 200: OpenProgramme },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        joinProgramme(enrolmentDeps(tx, actor), actor, { ...request.body, id: request.params.id }),
      );
    },
  );

  app.delete(
    '/api/v1/me/programmes/:id',
    {
      schema: {
        tags,
        summary: 'Leave a programme',
        params: IdParams,
        response: { 200: OpenProgramme },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        leaveProgramme(enrolmentDeps(tx, actor), actor, request.params),
      );
    },
  );

  app.post(
    '/api/v1/me/programmes/:id/pause',
    {
      schema: {
        tags,
        summary: 'Snooze a programme for some weeks',
        params: IdParams,
        body: PauseBody,
        response: { 200: OpenProgramme },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        pauseProgramme(enrolmentDeps(tx, actor), actor, { ...request.body, id: request.params.id }),
      );
    },
  );

  app.get(
    '/api/v1/me/pairing-blocks',
    {
      schema: {
        tags,
        summary: 'My private "don\'t pair me with" list',
        response: { 200: PairingBlockList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listMyPairingBlocks(blockDeps(app.deps.db, actor), actor);
    },
  );

  app.post(
    '/api/v1/me/pairing-blocks',
    {
      schema: {
        tags,
        summary: 'Never pair me with this colleague',
        body: PairingBlockBody,
        response: { 200: PairingBlockList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        addMyPairingBlock(blockDeps(tx, actor), actor, request.body),
      );
    },
  );

  app.delete(
    '/api/v1/me/pairing-blocks/:id',
    {
      schema: {
        tags,
        summary: 'Take a colleague off my "don\'t pair me with" list',
        params: IdParams,
        response: { 200: PairingBlockList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        removeMyPairingBlock(blockDeps(tx, actor), actor, { personId: request.params.id }),
      );
    },
  );
}

import { meetingDeps } from '../../app/meetings/deps';
import { getMeeting } from '../../app/meetings/getMeeting';
import { getMeetingInvitation } from '../../app/meetings/getMeetingInvitation';
import { listMyMeetings } from '../../app/meetings/listMyMeetings';
import { pickSlot } from '../../app/meetings/pickSlot';
import { rescheduleMeeting } from '../../app/meetings/rescheduleMeeting';
import { MeetingList, MeetingView, PickSlotBody, RescheduleBody } from '../../contracts/meetings';
import { IdParams } from '../../contracts/vocabulary';
import type { Sql } from '../../db/client';
import type { MailOutbox } from '../../mail/message';
import { requireActor } from '../context';
import type { App } from '../server';

const tags = ['meetings'];
const noMail: MailOutbox = {
  send: async () => {
    throw new Error('reading a meeting sends no mail');
  },
  sendMany: async () => {
    throw new Error('reading a meeting sends no mail');
  },
};

export function meetingRoutes(app: App) {
  const depsFor = (tx: Sql, organisationId: string, mail: MailOutbox = noMail) => ({
    ...meetingDeps(tx, organisationId, {
      mail,
      publicUrl: app.deps.config.publicUrl,
      mailFrom: app.deps.config.mailFrom,
    }),
    now: app.deps.now(),
  });

  app.get(
    '/api/v1/me/meetings',
    {
      schema: {
        tags,
        summary: "The signed-in person's meetings still ahead",
        response: { 200: MeetingList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listMyMeetings(depsFor(app.deps.db, actor.organisationId), actor);
    },
  );

  app.get(
    '/api/v1/meetings/:id',
    {
      schema: {
        tags,
        summary: 'A meeting, for its attendees',
        params: IdParams,
        response: { 200: MeetingView },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        getMeeting(depsFor(tx, actor.organisationId), actor, request.params),
      );
    },
  );

  for (const [path, summary, change] of [
    ['slot', 'Pick one of the proposed times; everyone gets the updated invitation', pickSlot],
    [
      'reschedule',
      'Move the meeting to a time of your own; everyone gets the updated invitation',
      rescheduleMeeting,
    ],
  ] as const) {
    app.post(
      `/api/v1/meetings/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: IdParams,
          body: path === 'slot' ? PickSlotBody : RescheduleBody,
          response: { 200: MeetingView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const input = { id: request.params.id, startsAt: request.body.startsAt };
        return app.deps.mailer.transaction(async (tx, mail) => {
          const deps = depsFor(tx, actor.organisationId, mail);
          await change(deps, actor, input);
          return getMeeting(deps, actor, input);
        });
      },
    );
  }

  app.get(
    '/api/v1/meetings/:id/invitation.ics',
    {
      schema: {
        tags,
        summary: "Download the meeting's calendar invitation (text/calendar)",
        params: IdParams,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const t = (key: string, params?: Record<string, unknown>) =>
        app.deps.translator.t(actor.locale, key, params);
      const text = await app.deps.db.transaction((tx) =>
        getMeetingInvitation({ ...depsFor(tx, actor.organisationId), t }, actor, request.params),
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="invite.ics"')
        .send(text);
    },
  );
}

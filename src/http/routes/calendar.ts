import {
  calendarFeedByToken,
  getCalendarFeed,
  revokeCalendarFeed,
  rotateCalendarFeed,
} from '../../app/meetings/calendarFeed';
import { senderFrom } from '../../app/meetings/deps';
import { CalendarFeed, FeedParams } from '../../contracts/meetings';
import { CalendarFeedRepository, findFeedOwner } from '../../db/repositories/calendarFeeds';
import { MeetingRepository } from '../../db/repositories/meetings';
import { PeopleRepository } from '../../db/repositories/people';
import { requireActor } from '../context';
import type { App } from '../server';

const tags = ['calendar'];

export function calendarRoutes(app: App) {
  app.get(
    '/api/v1/me/calendar',
    {
      schema: {
        tags,
        summary:
          'The private calendar-feed address of the signed-in person (made on first request; null once turned off)',
        response: { 200: CalendarFeed },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        getCalendarFeed(
          {
            feeds: new CalendarFeedRepository(tx, actor.organisationId),
            publicUrl: app.deps.config.publicUrl,
            now: app.deps.now(),
          },
          actor,
        ),
      );
    },
  );

  app.post(
    '/api/v1/me/calendar/rotate',
    {
      schema: {
        tags,
        summary: 'Make a new private calendar feed address; the old one stops working',
        response: { 200: CalendarFeed },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.deps.db.transaction((tx) =>
        rotateCalendarFeed(
          {
            feeds: new CalendarFeedRepository(tx, actor.organisationId),
            publicUrl: app.deps.config.publicUrl,
            now: app.deps.now(),
          },
          actor,
        ),
      );
    },
  );

  app.delete(
    '/api/v1/me/calendar',
    { schema: { tags, summary: 'Turn the calendar feed off' } },
    async (request, reply) => {
      const actor = requireActor(request);
      await app.deps.db.transaction((tx) =>
        revokeCalendarFeed(
          { feeds: new CalendarFeedRepository(tx, actor.organisationId), now: app.deps.now() },
          actor,
        ),
      );
      return reply.status(204).send();
    },
  );

  // Calendar apps subscribe without a cookie: the unguessable token in the path is the key.
  app.get(
    '/api/v1/calendar/feeds/:token/samen.ics',
    {
      schema: {
        tags,
        summary: "A person's meetings as an iCalendar feed (no sign-in; the token is the key)",
        params: FeedParams,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const db = app.deps.db;
      const text = await calendarFeedByToken(
        {
          findOwner: (tokenHash) => findFeedOwner(db, tokenHash),
          feedDeps: (organisationId) => ({
            meetings: new MeetingRepository(db, organisationId),
            people: new PeopleRepository(db, organisationId),
            publicUrl: app.deps.config.publicUrl,
            sender: senderFrom(app.deps.config.mailFrom),
            now: app.deps.now(),
          }),
          translator: app.deps.translator,
        },
        request.params.token,
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(text);
    },
  );
}

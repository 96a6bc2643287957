import { type Static, Type } from 'typebox';
import { IdSchema, nullable, PersonRef, SiteRef } from './vocabulary';

const Instant = Type.String({ format: 'date-time', examples: ['2027-03-22T08:00:00.000Z'] });
const Mode = Type.Enum(['in_person', 'online'] as const);

export const ProposedSlotView = Type.Object({
  startsAt: Instant,
  mode: Mode,
  site: nullable(SiteRef),
});

export const MeetingView = Type.Object({
  id: IdSchema,
  kind: Type.Enum(['pairing', 'checkin'] as const),
  title: Type.String(),
  status: Type.Enum(['proposed', 'scheduled', 'cancelled'] as const),
  /** The first occurrence; null while no time is settled. */
  startsAt: nullable(Instant),
  /** The next occurrence that has not ended; null when none is left. */
  nextStartsAt: nullable(Instant),
  durationMinutes: Type.Integer(),
  /** The zone a series repeats in (its organiser's). */
  timeZone: Type.String(),
  recurrence: nullable(
    Type.Object({
      intervalWeeks: Type.Integer({ minimum: 1 }),
      /** The last day (YYYY-MM-DD, in the series' zone), or null while it runs on. */
      until: nullable(Type.String()),
    }),
  ),
  mode: Mode,
  site: nullable(Type.Object({ id: IdSchema, name: Type.String(), city: nullable(Type.String()) })),
  videoUrl: nullable(Type.String()),
  /** Other times proposed that are still ahead; pick one with POST …/slot. */
  proposedSlots: Type.Array(ProposedSlotView),
  attendees: Type.Array(PersonRef),
});

export const MeetingList = Type.Object({ items: Type.Array(MeetingView) });

export const PickSlotBody = Type.Object(
  { startsAt: Type.String({ maxLength: 40 }) },
  { additionalProperties: false },
);

export const RescheduleBody = Type.Object(
  { startsAt: Type.String({ maxLength: 40, description: 'An instant in ISO 8601 with offset' }) },
  { additionalProperties: false },
);

export const CalendarFeed = Type.Object({
  active: Type.Boolean(),
  /** The address to subscribe to; null while the feed is turned off. */
  url: nullable(Type.String()),
});

export const FeedParams = Type.Object({ token: Type.String({ maxLength: 100 }) });

export type MeetingView = Static<typeof MeetingView>;
export type MeetingList = Static<typeof MeetingList>;
export type PickSlotBody = Static<typeof PickSlotBody>;
export type RescheduleBody = Static<typeof RescheduleBody>;
export type CalendarFeed = Static<typeof CalendarFeed>;

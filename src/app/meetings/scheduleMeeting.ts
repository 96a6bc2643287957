import { randomUUID } from 'node:crypto';
import type { MeetingKind } from '../../db/repositories/meetings';
import { proposeSlots } from '../../domain/scheduling/proposeSlots';
import { buildWeeklyRule, endOfLocalDay } from '../../domain/scheduling/recurrence';
import { videoLink } from '../../domain/scheduling/videoLink';
import { localTimeOf } from '../../domain/scheduling/zonedTime';
import { invalidField, notFound } from '../errors';
import { busyIntervals } from './busyTime';
import type { MeetingDeps } from './deps';
import { notifyAttendees } from './notifyAttendees';
import { schedulingPeople } from './schedulingPeople';

export const PROPOSAL_COUNT = 3;
export const HORIZON_DAYS = 14;
export const STEP_MINUTES = 15;

export interface ScheduleMeetingInput {
  kind: MeetingKind;
  title: string;
  /** The first attendee organises: a series repeats in their zone. */
  attendeeIds: string[];
  durationMinutes: number;
  /** 1 = weekly, 2 = every other week …; null for a one-off. */
  intervalWeeks: number | null;
  /** The last day of a series (YYYY-MM-DD in the organiser's zone); runs on when left out. */
  untilDate?: string | null;
  /** The earliest the first meeting may start. */
  notBefore: Date;
  /** How many days from notBefore to look for times (1: that day only); 14 by default. */
  horizonDays?: number;
  now: Date;
}

/**
 * Sets up a meeting between people: proposes up to three times inside everyone's working hours
 * and away from their other Samen meetings, schedules the best one (in person when they share
 * an office day, otherwise online with the organisation's video link) and mails everyone an
 * invitation with a calendar file. When no time fits, the meeting waits for the people to choose
 * one. Runs on the caller's transaction; returns the meeting's id.
 */
export async function scheduleMeeting(
  deps: MeetingDeps,
  input: ScheduleMeetingInput,
): Promise<string> {
  const ids = [...new Set(input.attendeeIds)];
  if (ids.length < 2) throw invalidField('attendeeIds', 'too_small', { min: 2 });
  if (input.title.trim() === '') throw invalidField('title', 'required');
  if (input.intervalWeeks !== null && !(input.intervalWeeks >= 1 && input.intervalWeeks <= 52)) {
    throw invalidField('intervalWeeks', 'too_small', { min: 1 });
  }
  const { people, scheduling } = await schedulingPeople(deps, ids);
  const organisation = await deps.organisation.get();
  if (!organisation) throw notFound('organisation');

  const from = new Date(Math.max(input.notBefore.getTime(), input.now.getTime()));
  const to = new Date(from.getTime() + ((input.horizonDays ?? HORIZON_DAYS) + 1) * 86_400_000);
  const busy = busyIntervals(await deps.meetings.busyOf(ids, null), from, to);
  const slots = proposeSlots({
    people: scheduling,
    from,
    horizonDays: input.horizonDays ?? HORIZON_DAYS,
    durationMinutes: input.durationMinutes,
    count: PROPOSAL_COUNT,
    stepMinutes: STEP_MINUTES,
    busy,
  });

  const id = randomUUID();
  const timeZone = people[0].timeZone;
  const best = slots[0] ?? null;
  // A series still waiting for its first time keeps its rhythm; the weekday follows the choice.
  let rrule: string | null = null;
  if (input.intervalWeeks !== null) {
    let until: Date | null = null;
    if (input.untilDate) {
      until = endOfLocalDay(timeZone, input.untilDate);
      if (!until || until < (best?.startsAt ?? from)) throw invalidField('untilDate', 'date');
    }
    rrule = buildWeeklyRule({
      intervalWeeks: input.intervalWeeks,
      byDay: best ? [localTimeOf(timeZone, best.startsAt.getTime()).weekday] : [],
      until,
      count: null,
    });
  }
  await deps.meetings.create({
    id,
    uid: `${id}@samen`,
    kind: input.kind,
    title: input.title.trim(),
    durationMinutes: input.durationMinutes,
    timeZone,
    attendeeIds: ids,
    startsAt: best?.startsAt ?? null,
    mode: best?.mode ?? 'online',
    siteId: best?.siteId ?? null,
    // Kept for online meetings and for a change to online later, under the same room.
    videoUrl: videoLink(organisation.videoLinkTemplate, id),
    proposedSlots: slots,
    status: best ? 'scheduled' : 'proposed',
    sequence: 0,
    rrule,
    now: input.now,
  });
  if (best) {
    const meeting = await deps.meetings.find(id);
    if (!meeting?.startsAt) throw notFound('meeting');
    await notifyAttendees(
      deps,
      { ...meeting, startsAt: meeting.startsAt },
      'invitation',
      input.now,
    );
  }
  return id;
}

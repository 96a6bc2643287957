import type { MeetingView } from '../../contracts/meetings';
import type { MeetingRecord } from '../../db/repositories/meetings';
import type { SiteRecord } from '../../db/repositories/sites';
import { expandWeekly } from '../../domain/scheduling/recurrence';
import { isoDate, localTimeOf } from '../../domain/scheduling/zonedTime';
import { recurrenceOf } from './meetingCalendar';

/** The first start of the meeting that has not ended by `now`; null when none is left. */
export function nextStart(meeting: MeetingRecord, now: Date): Date | null {
  if (!meeting.startsAt) return null;
  const rule = recurrenceOf(meeting);
  const ended = (start: Date) =>
    start.getTime() + meeting.durationMinutes * 60_000 <= now.getTime();
  if (!rule) return ended(meeting.startsAt) ? null : meeting.startsAt;
  const horizon = new Date(now.getTime() + 2 * 366 * 86_400_000);
  const starts = expandWeekly({
    startsAt: meeting.startsAt,
    timeZone: meeting.timeZone,
    rule,
    to: horizon,
    limit: 2000,
  });
  return starts.find((start) => !ended(start)) ?? null;
}

export function meetingView(
  meeting: MeetingRecord,
  sites: ReadonlyMap<string, SiteRecord>,
  now: Date,
): MeetingView {
  const rule = recurrenceOf(meeting);
  const next = nextStart(meeting, now);
  return {
    id: meeting.id,
    kind: meeting.kind,
    title: meeting.title,
    status: meeting.status,
    startsAt: meeting.startsAt?.toISOString() ?? null,
    nextStartsAt: next?.toISOString() ?? null,
    durationMinutes: meeting.durationMinutes,
    timeZone: meeting.timeZone,
    recurrence: rule
      ? {
          intervalWeeks: rule.intervalWeeks,
          until: rule.until
            ? isoDate(localTimeOf(meeting.timeZone, rule.until.getTime()).dateMs)
            : null,
        }
      : null,
    mode: meeting.mode,
    site: meeting.site,
    videoUrl: meeting.mode === 'online' ? meeting.videoUrl : null,
    proposedSlots: meeting.proposedSlots
      .filter((slot) => slot.startsAt > now)
      .map((slot) => {
        const site = slot.siteId ? sites.get(slot.siteId) : undefined;
        return {
          startsAt: slot.startsAt.toISOString(),
          mode: slot.mode,
          site: site ? { id: site.id, name: site.name } : null,
        };
      }),
    attendees: meeting.attendees.map((person) => ({ id: person.id, name: person.name })),
  };
}

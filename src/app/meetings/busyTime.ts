import type { BusyMeeting } from '../../db/repositories/meetings';
import type { BusyInterval } from '../../domain/scheduling/availability';
import { expandWeekly, parseWeeklyRule } from '../../domain/scheduling/recurrence';

const MAX_OCCURRENCES = 500;

/** Other meetings as busy intervals between `from` and `to`, series expanded in their zone. */
export function busyIntervals(
  meetings: readonly BusyMeeting[],
  from: Date,
  to: Date,
): BusyInterval[] {
  const out: BusyInterval[] = [];
  for (const meeting of meetings) {
    const rule = meeting.rrule ? parseWeeklyRule(meeting.rrule) : null;
    const starts = rule
      ? expandWeekly({
          startsAt: meeting.startsAt,
          timeZone: meeting.timeZone,
          rule,
          to,
          limit: MAX_OCCURRENCES,
        })
      : [meeting.startsAt];
    for (const start of starts) {
      const end = new Date(start.getTime() + meeting.durationMinutes * 60_000);
      if (end > from && start < to) out.push({ personId: meeting.personId, start, end });
    }
  }
  return out;
}

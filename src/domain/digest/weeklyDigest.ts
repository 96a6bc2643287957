import { expandWeekly, parseWeeklyRule } from '../scheduling/recurrence';

export interface DigestMeeting {
  title: string;
  startsAt: Date;
  timeZone: string;
  /** RFC 5545 rule of a series (FREQ=WEEKLY…), null for a one-off. */
  rrule: string | null;
}

export interface DigestInput {
  meetings: DigestMeeting[];
  /** Pairings proposed to the person that wait for their answer: the programme's name. */
  pendingPairings: string[];
  openActions: { title: string; dueOn: string | null }[];
  nextCheckinOn: string | null;
  unreadNotifications: number;
}

export interface WeeklyDigest {
  /** This week's meetings, each occurrence of a series on its own, in time order. */
  meetings: { title: string; startsAt: Date }[];
  pendingPairings: string[];
  /** Open actions, the ones due soonest first; those without a due day last. */
  openActions: { title: string; dueOn: string | null }[];
  /** The next check-in when it falls in this week. */
  checkinThisWeekOn: string | null;
  unreadNotifications: number;
}

const DAY_MS = 86_400_000;
export const DIGEST_DAYS = 7;
export const DIGEST_ACTIONS = 5;

/**
 * A person's week ahead from `now`: what they meet, what waits for their answer, what they
 * promised to do. Null when there is nothing to say, so nobody gets an empty mail.
 */
export function weeklyDigest(input: DigestInput, now: Date): WeeklyDigest | null {
  const end = new Date(now.getTime() + DIGEST_DAYS * DAY_MS);
  const meetings = input.meetings
    .flatMap((meeting) =>
      occurrences(meeting, now, end).map((startsAt) => ({ title: meeting.title, startsAt })),
    )
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title));
  const openActions = [...input.openActions]
    .sort(
      (a, b) =>
        (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.title.localeCompare(b.title),
    )
    .slice(0, DIGEST_ACTIONS);
  const lastDay = end.toISOString().slice(0, 10);
  const checkinThisWeekOn =
    input.nextCheckinOn && input.nextCheckinOn <= lastDay ? input.nextCheckinOn : null;
  const digest: WeeklyDigest = {
    meetings,
    pendingPairings: [...input.pendingPairings].sort(),
    openActions,
    checkinThisWeekOn,
    unreadNotifications: input.unreadNotifications,
  };
  const empty =
    meetings.length === 0 &&
    digest.pendingPairings.length === 0 &&
    openActions.length === 0 &&
    checkinThisWeekOn === null &&
    digest.unreadNotifications === 0;
  return empty ? null : digest;
}

function occurrences(meeting: DigestMeeting, from: Date, to: Date): Date[] {
  const rule = meeting.rrule ? parseWeeklyRule(meeting.rrule) : null;
  const starts = rule
    ? expandWeekly({
        startsAt: meeting.startsAt,
        timeZone: meeting.timeZone,
        rule,
        to,
        limit: 1000,
      })
    : [meeting.startsAt];
  return starts.filter((start) => start >= from && start < to);
}

import {
  type CadenceSettings,
  cadenceFor,
  defaultCadenceSettings,
  isOverdue,
  nextDueDate,
  type SupportNeed,
} from '../cadence/cadence';
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
  /** A manager's direct reports, where their check-ins stand; empty for everyone else. */
  reports: DigestReport[];
  /** Raised hands of the manager's reports that are not resolved yet. */
  openHands: number;
}

/** What decides whether a report is overdue for a check-in (see cadence.ts). */
export interface DigestReport {
  supportNeed: SupportNeed;
  startDate: string | null;
  /** The manager's own rhythm for this person, in weeks. */
  overrideWeeks: number | null;
  plannedOn: string | null;
  lastHeldOn: string | null;
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
  /** For a manager with something to act on: reports overdue for a check-in, open hands. */
  team: { overdueCheckins: number; openHands: number } | null;
}

const DAY_MS = 86_400_000;
export const DIGEST_DAYS = 7;
export const DIGEST_ACTIONS = 5;

/**
 * A person's week ahead from `now`: what they meet, what waits for their answer, what they
 * promised to do, and for a manager who of their reports waits for them. Null when there is
 * nothing to say, so nobody gets an empty mail. Overdue counts from the UTC day of `now`
 * (Monday morning is the same day in the organisations' zones).
 */
export function weeklyDigest(
  input: DigestInput,
  now: Date,
  cadence: CadenceSettings = defaultCadenceSettings,
): WeeklyDigest | null {
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
  const today = now.toISOString().slice(0, 10);
  const overdueCheckins = input.reports.filter((report) =>
    isOverdue(dueOn(report, cadence, today), today),
  ).length;
  const digest: WeeklyDigest = {
    meetings,
    pendingPairings: [...input.pendingPairings].sort(),
    openActions,
    checkinThisWeekOn,
    unreadNotifications: input.unreadNotifications,
    team:
      overdueCheckins > 0 || input.openHands > 0
        ? { overdueCheckins, openHands: input.openHands }
        : null,
  };
  const empty =
    meetings.length === 0 &&
    digest.pendingPairings.length === 0 &&
    openActions.length === 0 &&
    checkinThisWeekOn === null &&
    digest.unreadNotifications === 0 &&
    digest.team === null;
  return empty ? null : digest;
}

function dueOn(report: DigestReport, settings: CadenceSettings, today: string): string {
  const { weeks } = cadenceFor({
    supportNeed: report.supportNeed,
    startDate: report.startDate,
    override: report.overrideWeeks === null ? null : { weeks: report.overrideWeeks, reason: '' },
    settings,
    today,
  });
  return nextDueDate({
    plannedOn: report.plannedOn,
    lastHeldOn: report.lastHeldOn,
    startDate: report.startDate,
    weeks,
    today,
  });
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

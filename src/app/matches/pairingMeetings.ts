import type { MatchRecord } from '../../db/repositories/matchRecords';
import { cancelMeeting } from '../meetings/cancelMeeting';
import { scheduleMeeting } from '../meetings/scheduleMeeting';
import type { MatchDeps } from './deps';
import { programmeName } from './matchView';

/**
 * A pairing just became active: its meetings are set up, in everyone's working hours and in
 * person when they share an office day. Coffee is one meeting; the other kinds meet on the
 * programme's rhythm until the pairing's term ends (or on, when it has none). The first member
 * (the mentor or godparent when there is one) organises, so a series keeps their local time.
 */
export async function startPairingMeetings(
  deps: Pick<MatchDeps, 'matches' | 'meetings' | 'now'>,
  match: MatchRecord,
): Promise<void> {
  if (match.meetingId) return;
  const organisation = await deps.meetings.organisation.get();
  const name = programmeName(match.programmeName, organisation?.defaultLocale ?? 'en');
  const oneOff = match.programmeKind === 'coffee';
  const meetingId = await scheduleMeeting(deps.meetings, {
    kind: 'pairing',
    title: `${name}: ${match.members.map((member) => member.name).join(' & ')}`,
    attendeeIds: match.members.map((member) => member.personId),
    durationMinutes: match.meetingMinutes,
    intervalWeeks: oneOff ? null : match.meetingIntervalWeeks,
    untilDate: oneOff ? null : match.endsOn,
    notBefore: deps.now,
    now: deps.now,
  });
  await deps.matches.setMeeting(match.id, meetingId, deps.now);
}

/** A pairing ended: its meetings are called off, and everyone's calendar hears of it. */
export async function stopPairingMeetings(
  deps: Pick<MatchDeps, 'meetings' | 'now'>,
  match: MatchRecord,
): Promise<void> {
  if (!match.meetingId) return;
  await cancelMeeting(deps.meetings, null, { id: match.meetingId, now: deps.now });
}

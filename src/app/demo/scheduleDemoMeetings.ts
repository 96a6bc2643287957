import type { Sql } from '../../db/client';
import { CheckinPeopleRepository } from '../../db/repositories/checkinPeople';
import { CheckinRepository } from '../../db/repositories/checkins';
import { MatchRepository } from '../../db/repositories/matches';
import { meetForCheckin } from '../checkins/checkinMeeting';
import { startPairingMeetings } from '../matches/pairingMeetings';
import { type MeetingDeps, meetingDeps } from '../meetings/deps';

/**
 * The demo's calendar, so a visitor sees meetings at once: the sample employee's buddy pairing
 * is accepted by both (when the round left it open), and the pairings of the sample employee
 * and manager that are on, and the manager's coming check-ins with their reports, get their
 * meetings as real ones would. Demo mail never leaves, so no invitations are written.
 */
export async function scheduleDemoMeetings(
  tx: Sql,
  organisationId: string,
  samples: { employee: string; manager: string },
  now: Date,
): Promise<void> {
  const meetings: MeetingDeps = meetingDeps(tx, organisationId, {
    mail: { send: async () => undefined, sendMany: async () => undefined },
    publicUrl: '',
    mailFrom: 'Samen <samen@localhost>',
  });
  const matches = new MatchRepository(tx, organisationId);
  const today = now.toISOString().slice(0, 10);

  const buddy = (await matches.listForPerson(samples.employee)).find(
    (match) => match.programmeKind === 'buddy' && match.status === 'proposed',
  );
  if (buddy) {
    for (const member of buddy.members) {
      await matches.setResponse(buddy.id, member.personId, 'accepted', null, now);
    }
    await matches.activate(buddy.id, today, now);
  }

  const scheduled = new Set<string>();
  for (const person of [samples.employee, samples.manager]) {
    for (const match of await matches.listForPerson(person)) {
      if (match.status !== 'active' || scheduled.has(match.id)) continue;
      scheduled.add(match.id);
      await startPairingMeetings({ matches, meetings, now }, match);
    }
  }

  const checkins = new CheckinRepository(tx, organisationId);
  for (const report of await new CheckinPeopleRepository(tx, organisationId).directReports(
    samples.manager,
  )) {
    const planned = await checkins.plannedFor(report.id);
    if (planned && planned.scheduledOn >= today && !planned.meetingId) {
      await meetForCheckin({ checkins, meetings, now }, planned.id);
    }
  }
}

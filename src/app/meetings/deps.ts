import type { CalendarPerson } from '../../calendar/ics';
import type { Sql } from '../../db/client';
import { MeetingRepository } from '../../db/repositories/meetings';
import { OrganisationRepository } from '../../db/repositories/organisations';
import { PeopleRepository } from '../../db/repositories/people';
import { ProfileRepository } from '../../db/repositories/profiles';
import { SiteRepository } from '../../db/repositories/sites';
import type { MailOutbox } from '../../mail/message';

/** What the meeting use cases need, all on one transaction of one organisation. */
export interface MeetingDeps {
  meetings: MeetingRepository;
  people: PeopleRepository;
  profiles: ProfileRepository;
  sites: SiteRepository;
  organisation: OrganisationRepository;
  mail: MailOutbox;
  publicUrl: string;
  /** ORGANIZER of the invitations: Samen's own sender address. */
  sender: CalendarPerson;
}

/** "Samen <samen@example.org>" → { name: 'Samen', email: 'samen@example.org' }. */
export function senderFrom(mailFrom: string): CalendarPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  if (match) return { name: match[1] || 'Samen', email: match[2].trim() };
  return { name: 'Samen', email: mailFrom.trim() };
}

/**
 * The meeting use cases' dependencies on a caller's transaction: programmes and check-ins call
 * scheduleMeeting inside their own transaction with these.
 */
export function meetingDeps(
  tx: Sql,
  organisationId: string,
  world: { mail: MailOutbox; publicUrl: string; mailFrom: string },
): MeetingDeps {
  return {
    meetings: new MeetingRepository(tx, organisationId),
    people: new PeopleRepository(tx, organisationId),
    profiles: new ProfileRepository(tx, organisationId),
    sites: new SiteRepository(tx, organisationId),
    organisation: new OrganisationRepository(tx, organisationId),
    mail: world.mail,
    publicUrl: world.publicUrl,
    sender: senderFrom(world.mailFrom),
  };
}

import type { CheckinRhythmRepository } from '../../db/repositories/checkinRhythms';
import type { DigestRepository } from '../../db/repositories/digest';
import type { OrganisationRepository } from '../../db/repositories/organisations';
import { DIGEST_DAYS, weeklyDigest } from '../../domain/digest/weeklyDigest';
import { nameIn } from '../../domain/programmes/nameIn';
import type { MailOutbox, MailToSend } from '../../mail/message';
import { weeklyDigestMail } from '../../mail/templates/digest';

const DAY_MS = 86_400_000;

/**
 * Monday morning for one organisation: everyone with something in the coming week (meetings,
 * a check-in, pairings waiting for their answer, open actions, unread notifications; for a
 * manager, reports overdue for a check-in and open raised hands) gets one
 * mail about it in their language and time zone; nobody gets an empty one. Returns how many
 * mails were written. The job runner calls it once per organisation per Monday.
 */
export async function sendWeeklyDigests(
  deps: {
    digest: DigestRepository;
    /** The check-in rhythm settings: who is overdue. */
    rhythms: CheckinRhythmRepository;
    organisation: OrganisationRepository;
    mail: MailOutbox;
    publicUrl: string;
  },
  now: Date,
): Promise<number> {
  const organisation = await deps.organisation.get();
  if (!organisation || organisation.isDemo) return 0;
  const material = await deps.digest.material(now, new Date(now.getTime() + DIGEST_DAYS * DAY_MS));
  const cadence = await deps.rhythms.settings();
  const mails: MailToSend[] = [];
  for (const person of await deps.digest.recipients()) {
    const mine = material.get(person.id);
    if (!mine) continue;
    const digest = weeklyDigest(
      {
        ...mine,
        pendingPairings: mine.pendingPairings.map((names) => nameIn(names, person.locale)),
      },
      now,
      cadence,
    );
    if (!digest) continue;
    mails.push({
      organisation: { id: organisation.id, isDemo: organisation.isDemo },
      to: person.email,
      locale: person.locale,
      template: weeklyDigestMail({
        name: person.name,
        digest,
        timeZone: person.timeZone,
        organisationName: organisation.name,
        link: `${deps.publicUrl}/`,
      }),
    });
  }
  await deps.mail.sendMany(mails);
  return mails.length;
}

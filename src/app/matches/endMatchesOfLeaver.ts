import { partnerLeftMail } from '../../mail/templates/matches';
import { type MatchDeps, matchLink } from './deps';
import { programmeName } from './matchView';
import { partnersOf } from './memberMatch';
import { stopPairingMeetings } from './pairingMeetings';
import { proposeReplacement } from './proposeReplacement';

/**
 * Someone left the organisation: each of their proposed or active pairings ends, and every
 * partner is told and offered the best free participant of the programme instead.
 */
export async function endMatchesOfLeaver(deps: MatchDeps, personId: string): Promise<void> {
  const organisation = await deps.matches.organisation();
  for (const id of await deps.matches.openMatchIds(personId)) {
    const match = await deps.matches.find(id, { lock: true });
    if (!match || !['proposed', 'active'].includes(match.status)) continue;
    const leaver = match.members.find((member) => member.personId === personId)!;
    await deps.matches.end(match.id, { endedBy: personId, reason: null }, deps.now);
    await stopPairingMeetings(deps, match);
    for (const partner of partnersOf(match, personId)) {
      const programme = programmeName(match.programmeName, partner.locale);
      await deps.matches.notify(
        partner.personId,
        {
          kind: 'matches.partner_left',
          params: { name: leaver.name, programme },
          link: matchLink(match.id),
        },
        deps.now,
      );
      await deps.mail.send({
        organisation: { id: organisation.id, isDemo: organisation.isDemo },
        to: partner.email,
        locale: partner.locale,
        template: partnerLeftMail({
          name: partner.name,
          partnerName: leaver.name,
          programme,
          organisationName: organisation.name,
          link: `${deps.publicUrl}${matchLink(match.id)}`,
        }),
      });
    }
    for (const partner of partnersOf(match, personId)) {
      await proposeReplacement(deps, { match, partner, excluded: [personId] });
    }
  }
}

import type { MatchMemberRecord, MatchRecord } from '../../db/repositories/matchRecords';
import { bestReplacement } from '../../domain/matches/bestReplacement';
import { newPartnerMail } from '../../mail/templates/matches';
import { type MatchDeps, matchLink } from './deps';
import { programmeName } from './matchView';

/**
 * Someone's pairing fell through (the partner declined or left): propose the best free
 * participant of the same programme as their new partner (a mentor or godparent is free while
 * below capacity), in the same round, scored by the
 * programme's own fit. Returns the new match id, or null when nobody fits; the person is then
 * told so and stays in the pool for the next round.
 */
export async function proposeReplacement(
  deps: MatchDeps,
  input: { match: MatchRecord; partner: MatchMemberRecord; excluded: readonly string[] },
): Promise<string | null> {
  const { match, partner } = input;
  await deps.matches.lockProgramme(match.programmeId);
  const participant = await deps.matches.participant(match.programmeId, partner.personId);
  if (participant?.status !== 'active') return null;
  const free = await deps.matches.freeParticipants(
    match.programmeId,
    partner.personId,
    input.excluded,
  );
  const fit = await deps.fitData.load([partner.personId, ...free.map((p) => p.personId)]);
  const byId = new Map(fit.people.map((person) => [person.id, person]));
  const best = bestReplacement({
    kind: match.programmeKind,
    weights: match.programmeWeights,
    partner: byId.get(partner.personId)!,
    partnerRole: partner.role,
    candidates: free.map((candidate) => ({
      person: byId.get(candidate.personId)!,
      programmeRole: candidate.role,
      leading: candidate.leading,
      following: candidate.following,
    })),
    world: { ...fit.world, now: deps.now },
  });
  if (!best) {
    await deps.matches.notify(
      partner.personId,
      {
        kind: 'matches.no_replacement',
        params: { programme: programmeName(match.programmeName, partner.locale) },
        link: matchLink(match.id),
      },
      deps.now,
    );
    return null;
  }
  const id = await deps.matches.create(
    {
      programmeId: match.programmeId,
      roundId: match.roundId,
      score: best.score,
      reasons: best.reasons,
      members: best.members,
      endsOn: match.endsOn,
    },
    deps.now,
  );
  const created = await deps.matches.find(id);
  const organisation = await deps.matches.organisation();
  for (const member of created?.members ?? []) {
    const other = created!.members.find((m) => m.personId !== member.personId)!;
    const programme = programmeName(match.programmeName, member.locale);
    await deps.matches.notify(
      member.personId,
      { kind: 'matches.replacement', params: { name: other.name, programme }, link: matchLink(id) },
      deps.now,
    );
    await deps.mail.send({
      organisation: { id: organisation.id, isDemo: organisation.isDemo },
      to: member.email,
      locale: member.locale,
      template: newPartnerMail({
        name: member.name,
        partnerName: other.name,
        programme,
        organisationName: organisation.name,
        link: `${deps.publicUrl}${matchLink(id)}`,
        replacing: member.personId === partner.personId,
      }),
    });
  }
  return id;
}

import type { Round } from '../../contracts/rounds';
import type { RoundRecord, RoundRepository } from '../../db/repositories/rounds';

const plain = (r: { key: string; params: Record<string, string | number> }) => ({
  key: r.key,
  params: r.params,
});

/** A round with its matches and everyone left out, by name. */
export async function roundView(rounds: RoundRepository, round: RoundRecord): Promise<Round> {
  const matches = await rounds.matches(round.id);
  const unmatched = round.summary.unmatched ?? [];
  const names = await rounds.names(unmatched.map((u) => u.personId));
  return {
    id: round.id,
    programmeId: round.programmeId,
    number: round.number,
    status: round.status,
    scheduledFor: round.scheduledFor?.toISOString() ?? null,
    publishedAt: round.publishedAt?.toISOString() ?? null,
    people: round.summary.people ?? 0,
    matchedPeople: new Set(matches.flatMap((m) => m.members.map((p) => p.personId))).size,
    matches: matches.map((m) => ({
      id: m.id,
      status: m.status,
      score: m.score,
      edited: m.edited,
      reasons: m.reasons.map(plain),
      members: m.members.map((p) => ({
        person: { id: p.personId, name: p.name },
        role: p.role,
        response: p.response,
      })),
    })),
    unmatched: unmatched
      .filter((u) => names.has(u.personId))
      .map((u) => ({
        person: { id: u.personId, name: names.get(u.personId)! },
        reason: plain(u.reason),
        blockedBy: (u.blockedBy ?? []).map(plain),
      })),
    nobody: round.summary.nobody
      ? { key: round.summary.nobody.key, because: round.summary.nobody.because.map(plain) }
      : null,
  };
}

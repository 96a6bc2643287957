import type { PairingBlockRepository } from '../../db/repositories/pairingBlocks';
import type { ParticipantRecord, ParticipantRepository } from '../../db/repositories/participants';
import type { ProgrammeRecord } from '../../db/repositories/programmes';
import type { CohortPerson, RoundCohortRepository } from '../../db/repositories/roundCohort';
import type {
  MemberRole,
  NewMatch,
  RoundRepository,
  RoundSummary,
  StoredReason,
  UnmatchedEntry,
} from '../../db/repositories/rounds';
import type { Reason } from '../../domain/matching/fit';
import type { MatchPerson, MatchReason, MatchResult } from '../../domain/matching/programmes';
import { inAudience } from '../../domain/programmes/audience';
import { isLastingKind, type ProgrammeKind } from '../../domain/programmes/kinds';
import { matchRound, whyNobodyMatched } from '../../domain/programmes/matchRound';
import { onboardingSideConflict } from '../../domain/programmes/onboardingSide';
import { takesPart } from '../../domain/programmes/participation';
import { type LiveLoad, roomInRound } from '../../domain/programmes/roomInRound';
import { isoDate } from '../../domain/scheduling/zonedTime';

export interface RoundDeps {
  cohort: Pick<RoundCohortRepository, 'load'>;
  participants: ParticipantRepository;
  blocks: PairingBlockRepository;
  rounds: RoundRepository;
}

/** Rounds of history the engine sees: coffee's longest recency horizon. */
const HISTORY_ROUNDS = 12;

function matchRole(row: ParticipantRecord | undefined): MatchPerson['role'] {
  const role = row?.role;
  return role === 'mentor' || role === 'mentee' || role === 'both' ? role : 'both';
}

/**
 * A programme's round cohort: active people in its audience who take part (joined, or enrolled
 * automatically and not left; not paused), minus those of a lasting programme who are already
 * in a live match, except mentors and godparents with room left (who come with that room as
 * their capacity). "Don't pair me with" lists go in as forbidden pairs, both ways; they are
 * never shown.
 */
export async function loadRoundPeople(deps: RoundDeps, programme: ProgrammeRecord, now: Date) {
  const cohort = await deps.cohort.load();
  const rows = await deps.participants.listForProgramme(programme.id);
  const blocks = await deps.blocks.all();
  const loads = isLastingKind(programme.kind)
    ? await deps.rounds.liveLoads(programme.id)
    : new Map<string, LiveLoad>();
  const room = new Map(
    cohort.people.map((p) => [p.id, roomInRound(programme.kind, loads.get(p.id))]),
  );
  const rowOf = new Map(rows.map((r) => [r.personId, r]));
  const today = isoDate(now.getTime());
  const automatic = programme.enrolment === 'automatic';
  const blocked = new Map<string, string[]>();
  for (const b of blocks) {
    blocked.set(b.personId, [...(blocked.get(b.personId) ?? []), b.blockedId]);
    blocked.set(b.blockedId, [...(blocked.get(b.blockedId) ?? []), b.personId]);
  }
  const taking = cohort.people.filter(
    (p) =>
      room.get(p.id)?.include !== false &&
      takesPart(rowOf.get(p.id), automatic, today) &&
      inAudience(p, programme.audience, now, cohort.teamParents),
  );
  const excluded: UnmatchedEntry[] = [];
  const inRound = taking.filter((p) => {
    if (programme.kind !== 'onboarding') return true;
    const conflict = onboardingSideConflict(
      rowOf.get(p.id)?.role ?? 'participant',
      p.startDate,
      now,
    );
    if (conflict)
      excluded.push({ personId: p.id, reason: { key: `programmes:${conflict}`, params: {} } });
    return conflict === null;
  });
  const people: MatchPerson[] = inRound.map((p) => ({
    ...p.match,
    consent: true,
    doNotPairWith: blocked.get(p.id) ?? [],
    ...(room.get(p.id)?.capacity !== undefined ? { capacity: room.get(p.id)?.capacity } : {}),
    ...(programme.kind === 'mentoring' || programme.kind === 'reverse_mentoring'
      ? { role: matchRole(rowOf.get(p.id)) }
      : {}),
  }));
  return {
    people,
    excluded,
    byId: new Map<string, CohortPerson>(inRound.map((p) => [p.id, p])),
    world: {
      siteNames: cohort.siteNames,
      skillNames: cohort.skillNames,
      teamParents: Object.fromEntries(cohort.teamParents),
      managers: Object.fromEntries(cohort.people.map((p) => [p.id, p.match.managerId ?? null])),
    },
  };
}

/** The matching namespace's key as stored; a private block is not named to an admin. */
export function storedReason(r: Reason | MatchReason): StoredReason {
  if (r.key === 'match.blocked.doNotPair')
    return { key: 'programmes:round.blockedPrivately', params: {} };
  const about = 'about' in r ? { about: r.about } : {};
  return { key: `matching:${r.key}`, params: { ...r.params }, ...about };
}

/** Directed programmes list the experienced member first. */
export function memberRoles(kind: ProgrammeKind, count: number): MemberRole[] {
  if (kind === 'mentoring' || kind === 'reverse_mentoring') return ['mentor', 'mentee'];
  if (kind === 'onboarding') return ['godparent', 'newcomer'];
  return Array.from({ length: count }, () => 'participant');
}

export function toNewMatches(kind: ProgrammeKind, result: MatchResult): NewMatch[] {
  return result.matches.map((m) => {
    const roles = memberRoles(kind, m.members.length);
    return {
      members: m.members.map((personId, i) => ({ personId, role: roles[i] ?? 'participant' })),
      score: m.score,
      reasons: m.reasons.map(storedReason),
    };
  });
}

export function summarise(result: MatchResult): RoundSummary {
  const nobody = whyNobodyMatched(result);
  return {
    people: result.stats.people,
    matchedPeople: result.stats.matchedPeople,
    matches: result.stats.matches,
    unmatched: result.unmatched.map((u) => ({
      personId: u.id,
      reason: storedReason(u.reason),
      ...(u.blockedBy ? { blockedBy: u.blockedBy.map(storedReason) } : {}),
    })),
    nobody: nobody
      ? { key: `programmes:${nobody.key}`, because: nobody.because.map(storedReason) }
      : null,
    optimal: result.stats.optimal,
    ...(result.stats.qualityRatio !== undefined ? { qualityRatio: result.stats.qualityRatio } : {}),
  };
}

/** A repeatable seed per programme and round, so a preview can be reproduced. */
export function roundSeed(programmeId: string, number: number): number {
  let hash = 2166136261;
  for (const ch of `${programmeId}:${number}`) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 16777619);
  }
  return hash | 0;
}

/** Loads who is in, asks the engine, and turns its answer into what a round stores. */
export async function composeRound(
  deps: RoundDeps,
  programme: ProgrammeRecord,
  number: number,
  now: Date,
) {
  const { people, excluded, byId, world } = await loadRoundPeople(deps, programme, now);
  const history = await deps.rounds.history(programme.id, HISTORY_ROUNDS);
  const result = matchRound(programme, people, {
    ...world,
    now,
    history,
    seed: roundSeed(programme.id, number),
  });
  const summary = summarise(result);
  summary.people += excluded.length;
  summary.unmatched.push(...excluded);
  return { result, byId, matches: toNewMatches(programme.kind, result), summary };
}

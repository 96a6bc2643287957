import {
  createFitContext,
  type FitOverrides,
  type FitWorld,
  fitSettingsFor,
  type MatchPerson,
  type ProgrammeKind,
  type ScoredReason,
  scorePair,
} from '../matching/fit';
import { DEFAULT_CAPACITY } from '../matching/programmes';

export type PairingKind = 'buddy' | 'mentoring' | 'reverse_mentoring' | 'onboarding' | 'coffee';
export type PairingRole = 'participant' | 'mentor' | 'mentee' | 'newcomer' | 'godparent';

export interface ReplacementCandidate {
  person: MatchPerson;
  /** The candidate's role in the programme (participant, mentor, mentee, both, newcomer, godparent). */
  programmeRole: string;
  /** Open (proposed or active) matches of the programme the candidate leads, as mentor or godparent. */
  leading: number;
  /** Open matches of the programme in which the candidate is not the lead. */
  following: number;
}

export interface Replacement {
  /** Directed programmes list the mentor or godparent first, as the engine does. */
  members: { personId: string; role: PairingRole }[];
  score: number;
  reasons: (ScoredReason & { about: string[] })[];
}

const ENGINE_KIND: Record<PairingKind, ProgrammeKind> = {
  buddy: 'buddy',
  mentoring: 'mentoring',
  reverse_mentoring: 'reverseMentoring',
  onboarding: 'onboarding',
  coffee: 'coffee',
};

/**
 * The role a replacement must take opposite the person left without a partner, and which
 * programme roles can take it. A peer programme needs no particular side.
 */
const OPPOSITE: Record<PairingRole, { role: PairingRole; from: readonly string[] } | null> = {
  participant: null,
  mentor: { role: 'mentee', from: ['mentee', 'both'] },
  mentee: { role: 'mentor', from: ['mentor', 'both'] },
  godparent: { role: 'newcomer', from: ['newcomer'] },
  newcomer: { role: 'godparent', from: ['godparent'] },
};

const LEADS = new Set<PairingRole>(['mentor', 'godparent']);

/**
 * How many partners someone takes on in the role a replacement gives them, as the rounds count
 * it: a mentor or godparent up to their capacity (the engine's default when they have none),
 * anyone else one.
 */
export function replacementCapacity(kind: PairingKind, role: PairingRole, person: MatchPerson) {
  if (!LEADS.has(role)) return 1;
  return (
    person.capacity ??
    (kind === 'onboarding' ? DEFAULT_CAPACITY.onboarding : DEFAULT_CAPACITY.mentoring)
  );
}

/** Whether the candidate still has room for one more partner in the role they would take. */
function hasRoom(kind: PairingKind, role: PairingRole, candidate: ReplacementCandidate) {
  const load = LEADS.has(role) ? candidate.leading : candidate.following;
  return load < replacementCapacity(kind, role, candidate.person);
}

/**
 * The best partner for someone whose partner declined or left: the candidate the programme's
 * fit scores highest among those its hard rules allow and who has room (a mentor or godparent
 * below capacity, anyone else without an open match), ties to the smallest id so the same data
 * gives the same proposal. Null when nobody fits.
 */
export function bestReplacement(input: {
  kind: PairingKind;
  weights: Record<string, number>;
  partner: MatchPerson;
  partnerRole: PairingRole;
  candidates: readonly ReplacementCandidate[];
  world: FitWorld;
}): Replacement | null {
  const opposite = OPPOSITE[input.partnerRole];
  const candidateRole = opposite?.role ?? 'participant';
  const eligible = input.candidates
    .filter((candidate) => candidate.person.id !== input.partner.id)
    .filter((candidate) => !opposite || opposite.from.includes(candidate.programmeRole))
    .filter((candidate) => hasRoom(input.kind, candidateRole, candidate))
    .sort((a, b) => (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0));
  if (eligible.length === 0) return null;
  const overrides: FitOverrides = { weights: input.weights };
  const settings = fitSettingsFor(ENGINE_KIND[input.kind], overrides);
  // Everyone given is part of the world (a reporting line may run through someone full).
  const ctx = createFitContext(
    [
      input.partner,
      ...input.candidates
        .map((candidate) => candidate.person)
        .filter((person) => person.id !== input.partner.id),
    ],
    input.world,
  );
  const partnerLeads = LEADS.has(input.partnerRole);
  let best: Replacement | null = null;
  for (const candidate of eligible) {
    const [first, second] =
      partnerLeads || !opposite
        ? [input.partner.id, candidate.person.id]
        : [candidate.person.id, input.partner.id];
    const fit = scorePair(first, second, ctx, settings);
    if (!fit.allowed || (best && fit.score <= best.score)) continue;
    const members = [
      { personId: input.partner.id, role: input.partnerRole },
      { personId: candidate.person.id, role: candidateRole },
    ];
    best = {
      members: partnerLeads || !opposite ? members : members.reverse(),
      score: fit.score,
      reasons: fit.reasons
        .slice(0, settings.maxReasons)
        .map((reason) => ({ ...reason, about: [first, second] })),
    };
  }
  return best;
}

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

export type PairingKind = 'buddy' | 'mentoring' | 'reverse_mentoring' | 'onboarding' | 'coffee';
export type PairingRole = 'participant' | 'mentor' | 'mentee' | 'newcomer' | 'godparent';

export interface ReplacementCandidate {
  person: MatchPerson;
  /** The candidate's role in the programme (participant, mentor, mentee, both, newcomer, godparent). */
  programmeRole: string;
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
 * The best partner for someone whose partner declined or left: the candidate the programme's
 * fit scores highest among those its hard rules allow, ties to the smallest id so the same
 * data gives the same proposal. Null when nobody fits.
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
  const eligible = input.candidates
    .filter((candidate) => candidate.person.id !== input.partner.id)
    .filter((candidate) => !opposite || opposite.from.includes(candidate.programmeRole))
    .sort((a, b) => (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0));
  if (eligible.length === 0) return null;
  const overrides: FitOverrides = { weights: input.weights };
  const settings = fitSettingsFor(ENGINE_KIND[input.kind], overrides);
  const ctx = createFitContext(
    [input.partner, ...eligible.map((candidate) => candidate.person)],
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
    const candidateRole = opposite?.role ?? 'participant';
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

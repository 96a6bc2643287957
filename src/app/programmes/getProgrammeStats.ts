import type { ProgrammeStats } from '../../contracts/programmes';
import type { ParticipantRepository } from '../../db/repositories/participants';
import type { ProgrammeRepository } from '../../db/repositories/programmes';
import type { RoundCohortRepository } from '../../db/repositories/roundCohort';
import type { RoundRepository } from '../../db/repositories/rounds';
import { inAudience } from '../../domain/programmes/audience';
import { pausedOn, takesPart } from '../../domain/programmes/participation';
import { isoDate } from '../../domain/scheduling/zonedTime';
import { type Actor, isAdmin } from '../actor';
import { forbidden, notFound } from '../errors';
import { SILENT_ROUNDS_TO_PAUSE } from '../matches/recordSilence';

/** Three rounds without a "did you meet?" answer: the person has gone silent. */

/**
 * The programme page's figures: who takes part, matches and answers over its published rounds,
 * meetings held, who the last round left out and why, and who has gone silent or paused.
 */
export async function getProgrammeStats(
  deps: {
    programmes: ProgrammeRepository;
    participants: ParticipantRepository;
    cohort: RoundCohortRepository;
    rounds: RoundRepository;
    now: Date;
  },
  actor: Actor,
  input: { id: string },
): Promise<ProgrammeStats> {
  if (!isAdmin(actor)) throw forbidden();
  const programme = await deps.programmes.find(input.id);
  if (!programme) throw notFound('programme');
  const members = await deps.cohort.audienceMembers();
  const teams = await deps.cohort.teamParents();
  const rows = await deps.participants.listForProgramme(programme.id);
  const figures = await deps.rounds.figures(programme.id);
  const last = await deps.rounds.latestPublished(programme.id);
  const today = isoDate(deps.now.getTime());
  const rowOf = new Map(rows.map((r) => [r.personId, r]));
  let enrolled = 0;
  for (const m of members) {
    if (!inAudience(m, programme.audience, deps.now, teams)) continue;
    if (takesPart(rowOf.get(m.id), programme.enrolment === 'automatic', today)) enrolled++;
  }
  const silentRows = rows.filter(
    (r) => r.silentRounds >= SILENT_ROUNDS_TO_PAUSE || pausedOn(r, today),
  );
  const unmatched = last?.summary.unmatched ?? [];
  const names = await deps.rounds.names([
    ...silentRows.map((r) => r.personId),
    ...unmatched.map((u) => u.personId),
  ]);
  return {
    enrolled,
    paused: rows.filter((r) => pausedOn(r, today)).length,
    left: rows.filter((r) => r.status === 'left').length,
    ...figures,
    unmatched: unmatched
      .filter((u) => names.has(u.personId))
      .map((u) => ({
        person: { id: u.personId, name: names.get(u.personId)! },
        reason: { key: u.reason.key, params: u.reason.params },
      })),
    silent: silentRows
      .filter((r) => names.has(r.personId))
      .map((r) => ({
        person: { id: r.personId, name: names.get(r.personId)! },
        silentRounds: r.silentRounds,
        status: r.status,
        pausedUntil: r.pausedUntil,
      })),
  };
}

import type { OpenProgramme } from '../../contracts/programmes';
import type { ParticipantRecord, ParticipantRepository } from '../../db/repositories/participants';
import type { ProgrammeRecord, ProgrammeRepository } from '../../db/repositories/programmes';
import type { RoundCohortRepository } from '../../db/repositories/roundCohort';
import { inAudience } from '../../domain/programmes/audience';
import { defaultRoleFor, rolesFor } from '../../domain/programmes/kinds';
import { takesPart } from '../../domain/programmes/participation';
import { isoDate } from '../../domain/scheduling/zonedTime';
import type { Actor } from '../actor';
import { notFound } from '../errors';

export interface EnrolmentDeps {
  programmes: ProgrammeRepository;
  participants: ParticipantRepository;
  cohort: RoundCohortRepository;
  now: Date;
}

/** Active programmes whose audience includes the actor. */
export async function programmesOpenTo(
  deps: EnrolmentDeps,
  actor: Actor,
): Promise<ProgrammeRecord[]> {
  const member = await deps.cohort.audienceMember(actor.personId);
  if (!member) return [];
  const active = await deps.programmes.list(['active']);
  if (active.length === 0) return [];
  const teams = await deps.cohort.teamParents();
  return active.filter((p) => inAudience(member, p.audience, deps.now, teams));
}

/** One programme open to the actor; another's, a closed one or a foreign id is not found. */
export async function openProgramme(
  deps: EnrolmentDeps,
  actor: Actor,
  id: string,
): Promise<ProgrammeRecord> {
  const found = (await programmesOpenTo(deps, actor)).find((p) => p.id === id);
  if (!found) throw notFound('programme');
  return found;
}

/** How the actor takes part: a pause that has run out counts as taking part again. */
export function myPart(
  programme: ProgrammeRecord,
  row: ParticipantRecord | null,
  now: Date,
): OpenProgramme['me'] {
  if (!row) {
    return {
      status: programme.enrolment === 'automatic' ? 'active' : 'not_joined',
      role: defaultRoleFor(programme.kind),
      pausedUntil: null,
    };
  }
  const pauseOver = row.status === 'paused' && takesPart(row, false, isoDate(now.getTime()));
  return {
    status: pauseOver ? 'active' : row.status,
    role: row.role,
    pausedUntil: pauseOver ? null : row.pausedUntil,
  };
}

export function toOpenProgramme(
  programme: ProgrammeRecord,
  row: ParticipantRecord | null,
  now: Date,
): OpenProgramme {
  return {
    id: programme.id,
    kind: programme.kind,
    name: programme.name,
    description: programme.description,
    enrolment: programme.enrolment,
    meetingIntervalWeeks: programme.meetingIntervalWeeks,
    meetingMinutes: programme.meetingMinutes,
    pairingWeeks: programme.pairingWeeks,
    roles: [...rolesFor(programme.kind)],
    nextRoundAt: programme.nextRoundAt?.toISOString() ?? null,
    me: myPart(programme, row, now),
  };
}

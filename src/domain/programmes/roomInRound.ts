import { DEFAULT_CAPACITY } from '../matching/programmes';
import type { ProgrammeKind } from './kinds';

/** A person's open pairings in one programme: those they lead (mentor, godparent) and the rest. */
export interface LiveLoad {
  leading: number;
  following: number;
}

const LEADER_CAPACITY: Partial<Record<ProgrammeKind, number>> = {
  mentoring: DEFAULT_CAPACITY.mentoring,
  reverse_mentoring: DEFAULT_CAPACITY.mentoring,
  onboarding: DEFAULT_CAPACITY.onboarding,
};

/**
 * Whether someone with open pairings in a programme takes part in its next round, and with how
 * much room. Coffee starts afresh every round; a buddy, a mentee or a newcomer has one pairing
 * at a time; a mentor or godparent takes more until their capacity is reached, so a godparent
 * with one newcomer is offered a second one.
 */
export function roomInRound(
  kind: ProgrammeKind,
  load: LiveLoad | undefined,
): { include: boolean; capacity?: number } {
  if (kind === 'coffee' || !load || load.leading + load.following === 0) return { include: true };
  const capacity = LEADER_CAPACITY[kind];
  if (capacity === undefined || load.following > 0) return { include: false };
  const left = capacity - load.leading;
  return left > 0 ? { include: true, capacity: left } : { include: false };
}

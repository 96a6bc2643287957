import type { ProgrammeKind as EngineKind } from '../matching/fit';

/** Programme kinds as stored and sent over the API. */
export const programmeKinds = [
  'buddy',
  'mentoring',
  'reverse_mentoring',
  'onboarding',
  'coffee',
] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];

export const programmeStatuses = ['draft', 'active', 'paused', 'archived'] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];

export const enrolmentModes = ['opt_in', 'automatic'] as const;
export type EnrolmentMode = (typeof enrolmentModes)[number];

export const participantRoles = [
  'participant',
  'mentor',
  'mentee',
  'both',
  'newcomer',
  'godparent',
] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const audienceRoles = ['employee', 'manager', 'admin'] as const;
export type AudienceRole = (typeof audienceRoles)[number];

const ENGINE_KIND: Record<ProgrammeKind, EngineKind> = {
  buddy: 'buddy',
  mentoring: 'mentoring',
  reverse_mentoring: 'reverseMentoring',
  onboarding: 'onboarding',
  coffee: 'coffee',
};

export const engineKind = (kind: ProgrammeKind): EngineKind => ENGINE_KIND[kind];

/**
 * The roles a participant may choose in each kind. Peer programmes have one; mentoring lets a
 * person mentor, be mentored or both; onboarding derives newcomer and godparent from start
 * dates, but a person may also say which side they want to be on.
 */
export function rolesFor(kind: ProgrammeKind): readonly ParticipantRole[] {
  if (kind === 'mentoring' || kind === 'reverse_mentoring') return ['mentee', 'mentor', 'both'];
  if (kind === 'onboarding') return ['participant', 'newcomer', 'godparent'];
  return ['participant'];
}

export const defaultRoleFor = (kind: ProgrammeKind): ParticipantRole => rolesFor(kind)[0];

/** Kinds whose pairings last: someone with a live match is not matched again. */
export const isLastingKind = (kind: ProgrammeKind): boolean => kind !== 'coffee';

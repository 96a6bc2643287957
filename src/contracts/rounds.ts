import { type Static, Type } from 'typebox';
import { IdSchema, nullable, PersonRef } from './vocabulary';

/** A translation key with its namespace (`matching:match.reason.sameTeam`) and parameters. */
export const ReasonView = Type.Object({
  key: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});

export const RoundMatch = Type.Object({
  id: IdSchema,
  status: Type.String(),
  score: Type.Number(),
  edited: Type.Boolean({ description: 'changed by hand in the preview' }),
  reasons: Type.Array(ReasonView),
  members: Type.Array(
    Type.Object({ person: PersonRef, role: Type.String(), response: Type.String() }),
  ),
});

export const Round = Type.Object({
  id: IdSchema,
  programmeId: IdSchema,
  number: Type.Integer(),
  status: Type.Enum(['preview', 'published', 'discarded']),
  scheduledFor: nullable(Type.String({ format: 'date-time' })),
  publishedAt: nullable(Type.String({ format: 'date-time' })),
  people: Type.Integer({ description: 'people the round considered' }),
  matchedPeople: Type.Integer(),
  matches: Type.Array(RoundMatch),
  unmatched: Type.Array(
    Type.Object({ person: PersonRef, reason: ReasonView, blockedBy: Type.Array(ReasonView) }),
  ),
  /** Set when no match came out: why, most common reason first. */
  nobody: nullable(Type.Object({ key: Type.String(), because: Type.Array(ReasonView) })),
});

export const RoundRef = Type.Object({ id: IdSchema });
export const SwapBody = Type.Object(
  { personIds: Type.Array(IdSchema, { minItems: 2, maxItems: 2 }) },
  { additionalProperties: false, description: 'Two people in two different matches trade places' },
);
export const RemoveBody = Type.Object({ matchId: IdSchema }, { additionalProperties: false });
export const ProgrammeRoundParams = Type.Object({ id: IdSchema });

export type ReasonView = Static<typeof ReasonView>;
export type RoundMatch = Static<typeof RoundMatch>;
export type Round = Static<typeof Round>;
export type SwapBody = Static<typeof SwapBody>;
export type RemoveBody = Static<typeof RemoveBody>;

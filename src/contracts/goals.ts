import { type Static, Type } from 'typebox';
import { DateSchema, GoalStatusSchema, IdSchema, nullable } from './vocabulary';

export const Goal = Type.Object({
  id: IdSchema,
  title: Type.String(),
  why: nullable(Type.String()),
  skill: nullable(Type.Object({ id: IdSchema, name: Type.String() })),
  targetDate: nullable(DateSchema),
  status: GoalStatusSchema,
  progress: Type.Integer({ minimum: 0, maximum: 100, description: 'percent done' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

const GoalFields = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  why: nullable(Type.String({ maxLength: 2000 })),
  skillId: nullable(IdSchema),
  targetDate: nullable(DateSchema),
  status: GoalStatusSchema,
  progress: Type.Integer({ minimum: 0, maximum: 100 }),
};

export const GoalBody = Type.Object(
  {
    title: GoalFields.title,
    why: Type.Optional(GoalFields.why),
    skillId: Type.Optional(GoalFields.skillId),
    targetDate: Type.Optional(GoalFields.targetDate),
    status: Type.Optional(GoalFields.status),
    progress: Type.Optional(GoalFields.progress),
  },
  { additionalProperties: false },
);

export const GoalPatch = Type.Object(
  {
    title: Type.Optional(GoalFields.title),
    why: Type.Optional(GoalFields.why),
    skillId: Type.Optional(GoalFields.skillId),
    targetDate: Type.Optional(GoalFields.targetDate),
    status: Type.Optional(GoalFields.status),
    progress: Type.Optional(GoalFields.progress),
  },
  { additionalProperties: false },
);

export const GoalList = Type.Object({ items: Type.Array(Goal) });

export type Goal = Static<typeof Goal>;
export type GoalBody = Static<typeof GoalBody>;
export type GoalPatch = Static<typeof GoalPatch>;
export type GoalList = Static<typeof GoalList>;

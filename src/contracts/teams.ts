import { type Static, Type } from 'typebox';
import { IdSchema, nullable, PersonRef } from './vocabulary';

/** One team in the tree; `depth` 0 is a top team. */
export const Team = Type.Object({
  id: IdSchema,
  name: Type.String(),
  department: nullable(Type.String()),
  parentId: nullable(IdSchema),
  depth: Type.Integer({ minimum: 0 }),
  manager: nullable(PersonRef),
  /** Active people in this team itself, not counting sub-teams. */
  memberCount: Type.Integer({ minimum: 0 }),
});

/** The tree, depth first: every team comes right after its parent, siblings by name. */
export const TeamTree = Type.Object({ items: Type.Array(Team) });

const TeamFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  department: nullable(Type.String({ maxLength: 200 })),
  parentId: nullable(IdSchema),
  managerId: nullable(IdSchema),
};

export const TeamBody = Type.Object(
  {
    name: TeamFields.name,
    department: Type.Optional(TeamFields.department),
    parentId: Type.Optional(TeamFields.parentId),
    managerId: Type.Optional(TeamFields.managerId),
  },
  { additionalProperties: false },
);

export const TeamPatch = Type.Object(
  {
    name: Type.Optional(TeamFields.name),
    department: Type.Optional(TeamFields.department),
    parentId: Type.Optional(TeamFields.parentId),
    managerId: Type.Optional(TeamFields.managerId),
  },
  { additionalProperties: false },
);

export type Team = Static<typeof Team>;
export type TeamTree = Static<typeof TeamTree>;
export type TeamBody = Static<typeof TeamBody>;
export type TeamPatch = Static<typeof TeamPatch>;

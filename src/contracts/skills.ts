import { type Static, Type } from 'typebox';
import { IdSchema, nullable, SkillCategorySchema } from './vocabulary';

export const Skill = Type.Object({
  id: IdSchema,
  name: Type.String(),
  category: SkillCategorySchema,
  synonyms: Type.Array(Type.String()),
  description: nullable(Type.String()),
});

export const SkillMatch = Type.Object({
  ...Skill.properties,
  /** The synonym the search words matched, when the name itself did not ("Productgamma"). */
  matchedSynonym: nullable(Type.String()),
});

export const SkillQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100, description: 'words of a name or synonym' })),
    category: Type.Optional(SkillCategorySchema),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  },
  { additionalProperties: false },
);

/** Best matches first when searching; otherwise by category, then name. */
export const SkillList = Type.Object({ items: Type.Array(SkillMatch) });

const SkillFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  category: SkillCategorySchema,
  synonyms: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 30 }),
  description: nullable(Type.String({ maxLength: 2000 })),
};

export const SkillBody = Type.Object(
  {
    name: SkillFields.name,
    category: Type.Optional(SkillFields.category),
    synonyms: Type.Optional(SkillFields.synonyms),
    description: Type.Optional(SkillFields.description),
  },
  { additionalProperties: false },
);

export const SkillPatch = Type.Object(
  {
    name: Type.Optional(SkillFields.name),
    category: Type.Optional(SkillFields.category),
    synonyms: Type.Optional(SkillFields.synonyms),
    description: Type.Optional(SkillFields.description),
  },
  { additionalProperties: false },
);

export type Skill = Static<typeof Skill>;
export type SkillMatch = Static<typeof SkillMatch>;
export type SkillQuery = Static<typeof SkillQuery>;
export type SkillList = Static<typeof SkillList>;
export type SkillBody = Static<typeof SkillBody>;
export type SkillPatch = Static<typeof SkillPatch>;

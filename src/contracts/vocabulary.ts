import { type Static, type TSchema, type TUnsafe, Type } from 'typebox';
import {
  goalStatuses,
  learningWays,
  personStatuses,
  seniorities,
  skillCategories,
  workModes,
} from '../domain/people/vocabulary';

/** Schemas of the people data model's closed lists and the building blocks its contracts share. */

export const WeekdaySchema = Type.Integer({
  minimum: 1,
  maximum: 7,
  description: 'ISO weekday: 1 = Monday … 7 = Sunday',
});
export const WorkModeSchema = Type.Enum(workModes, {
  description: 'office: on site; home; off: not working that day',
});
export const LearningWaySchema = Type.Enum(learningWays);
export const SenioritySchema = Type.Enum(seniorities);
export const SkillCategorySchema = Type.Enum(skillCategories);
export const GoalStatusSchema = Type.Enum(goalStatuses);
export const PersonStatusSchema = Type.Enum(personStatuses);
export const SupportNeedSchema = Type.Integer({
  minimum: 1,
  maximum: 5,
  description: '1 = "I work autonomously" … 5 = "I want close support"',
});
export const SkillLevelSchema = Type.Integer({
  minimum: 1,
  maximum: 5,
  description: '1 = basics … 5 = expert',
});
export const SkillPrioritySchema = Type.Integer({
  minimum: 1,
  maximum: 3,
  description: '1 = some day … 3 = now',
});
/** Checked by the use case (a known IANA zone), so the message can say what is expected. */
export const TimeZoneSchema = Type.String({ maxLength: 64, examples: ['Europe/Brussels'] });
/** ISO 639 code; checked by the use case against the known languages. */
export const LanguageCodeSchema = Type.String({ maxLength: 3, examples: ['nl'] });
/** "HH:MM" local time; checked by the use case so the message can name the format. */
export const ClockTimeSchema = Type.String({ maxLength: 5, examples: ['09:00'] });
export const DateSchema = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
export const IdSchema = Type.String({ format: 'uuid' });

/**
 * The schema, or null. Strings, numbers and enums widen their own `type` or `enum` instead of
 * becoming a union, so a bad value gets one field error ("Enter a date as YYYY-MM-DD") rather
 * than one per branch of the union.
 */
export function nullable<T extends TSchema>(schema: T): TUnsafe<Static<T> | null> {
  const plain = schema as { type?: unknown; enum?: unknown[] };
  if (Array.isArray(plain.enum)) {
    return Type.Unsafe<Static<T> | null>({ ...schema, enum: [...plain.enum, null] });
  }
  if (typeof plain.type === 'string' && plain.type !== 'object' && plain.type !== 'array') {
    return Type.Unsafe<Static<T> | null>({ ...schema, type: [plain.type, 'null'] });
  }
  return Type.Unsafe<Static<T> | null>(Type.Union([schema, Type.Null()]));
}

export const IdParams = Type.Object({ id: IdSchema });

export const PersonRef = Type.Object({ id: IdSchema, name: Type.String() });
export const TeamRef = Type.Object({ id: IdSchema, name: Type.String() });
export const SiteRef = Type.Object({ id: IdSchema, name: Type.String() });

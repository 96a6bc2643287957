import { type Static, Type } from 'typebox';
import { LocaleSchema } from './auth';
import { AccountView, PersonCardFields } from './people';
import {
  ClockTimeSchema,
  DateSchema,
  IdSchema,
  LanguageCodeSchema,
  LearningWaySchema,
  nullable,
  SenioritySchema,
  SkillLevelSchema,
  SkillPrioritySchema,
  SupportNeedSchema,
  TimeZoneSchema,
  WeekdaySchema,
  WorkModeSchema,
} from './vocabulary';

/** The signed-in person's own profile: everything they can see and edit about themselves. */
export const MyProfile = Type.Object({
  ...PersonCardFields,
  account: AccountView,
  learning: Type.Object({
    supportNeed: SupportNeedSchema,
    learningWays: Type.Array(LearningWaySchema),
  }),
});

export const WorkDayBody = Type.Object(
  {
    weekday: WeekdaySchema,
    mode: WorkModeSchema,
    siteId: Type.Optional(nullable(IdSchema)),
    startTime: Type.Optional(ClockTimeSchema),
    endTime: Type.Optional(ClockTimeSchema),
  },
  { additionalProperties: false },
);

/**
 * The whole profile, replaced in one go. Role, manager, team and e-mail are not here: only an
 * admin changes them (`PATCH /api/v1/people/:id`).
 */
export const MyProfileBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    jobTitle: nullable(Type.String({ maxLength: 200 })),
    languages: Type.Array(LanguageCodeSchema, { maxItems: 20 }),
    timeZone: TimeZoneSchema,
    locale: LocaleSchema,
    startDate: nullable(DateSchema),
    seniority: nullable(SenioritySchema),
    workPattern: Type.Array(WorkDayBody, {
      minItems: 7,
      maxItems: 7,
      description: 'one entry per weekday, Monday to Sunday',
    }),
    skillsOffered: Type.Array(
      Type.Object({ skillId: IdSchema, level: SkillLevelSchema }, { additionalProperties: false }),
      { maxItems: 50 },
    ),
    skillsWanted: Type.Array(
      Type.Object(
        { skillId: IdSchema, priority: SkillPrioritySchema },
        { additionalProperties: false },
      ),
      { maxItems: 50 },
    ),
    supportNeed: SupportNeedSchema,
    learningWays: Type.Array(LearningWaySchema, { maxItems: 6 }),
  },
  { additionalProperties: false },
);

export type MyProfile = Static<typeof MyProfile>;
export type MyProfileBody = Static<typeof MyProfileBody>;
export type WorkDayBody = Static<typeof WorkDayBody>;

import { type Static, Type } from 'typebox';
import { LocaleSchema, RoleSchema } from './auth';
import { Goal } from './goals';
import {
  ClockTimeSchema,
  DateSchema,
  IdSchema,
  LanguageCodeSchema,
  LearningWaySchema,
  nullable,
  PersonRef,
  PersonStatusSchema,
  SenioritySchema,
  SiteRef,
  SkillCategorySchema,
  SkillLevelSchema,
  SkillPrioritySchema,
  SupportNeedSchema,
  TeamRef,
  TimeZoneSchema,
  WeekdaySchema,
  WorkModeSchema,
} from './vocabulary';

/*
 * What of a person whom sees. Three layers, and nothing else is ever sent:
 * - PersonCard: every signed-in colleague of the organisation (the directory, a person's page);
 * - LearningView: the person, their managers up the chain, and admins;
 * - AccountView: the person and admins.
 * `src/app/people/personView.ts` is the one function that builds them.
 */

export const SiteDay = Type.Object({
  weekday: WeekdaySchema,
  siteId: IdSchema,
  siteName: Type.String(),
});

export const OfferedSkill = Type.Object({
  skillId: IdSchema,
  name: Type.String(),
  category: SkillCategorySchema,
  level: SkillLevelSchema,
});

export const WantedSkill = Type.Object({
  skillId: IdSchema,
  name: Type.String(),
  category: SkillCategorySchema,
  priority: SkillPrioritySchema,
});

export const PersonCardFields = {
  id: IdSchema,
  name: Type.String(),
  /** Stands in for a photo. */
  initials: Type.String(),
  jobTitle: nullable(Type.String()),
  team: nullable(TeamRef),
  /** The office the person belongs to. */
  site: nullable(SiteRef),
  languages: Type.Array(LanguageCodeSchema),
  /** The days on site and where: when a colleague can be met in person. */
  siteDays: Type.Array(SiteDay),
  skillsOffered: Type.Array(OfferedSkill),
  skillsWanted: Type.Array(WantedSkill),
};
export const PersonCard = Type.Object(PersonCardFields);

export const LearningView = Type.Object({
  supportNeed: SupportNeedSchema,
  learningWays: Type.Array(LearningWaySchema),
  goals: Type.Array(Goal),
});

export const WorkDay = Type.Object({
  weekday: WeekdaySchema,
  mode: WorkModeSchema,
  siteId: nullable(IdSchema),
  startTime: ClockTimeSchema,
  endTime: ClockTimeSchema,
});

export const AccountView = Type.Object({
  email: Type.String(),
  role: RoleSchema,
  status: PersonStatusSchema,
  manager: nullable(PersonRef),
  startDate: nullable(DateSchema),
  seniority: nullable(SenioritySchema),
  timeZone: Type.String(),
  locale: LocaleSchema,
  workPattern: Type.Array(WorkDay),
});

export const PersonProfile = Type.Object({
  ...PersonCardFields,
  learning: Type.Optional(LearningView),
  account: Type.Optional(AccountView),
});

export const DirectoryQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100, description: 'name, e-mail or job title' })),
    skillOffered: Type.Optional(IdSchema),
    skillWanted: Type.Optional(IdSchema),
    teamId: Type.Optional(IdSchema),
    siteId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'people of this site: it is their office, or they have office days there',
      }),
    ),
    weekday: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 7,
        description: 'on site that weekday (at siteId, or anywhere); 1 = Monday … 7 = Sunday',
      }),
    ),
    status: Type.Optional(
      Type.Enum(['active', 'inactive', 'all'], {
        description: 'admins only; everyone else sees active people',
      }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

export const DirectoryPage = Type.Object({
  items: Type.Array(PersonCard),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

const AdminPersonFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  email: Type.String({ minLength: 3, maxLength: 320, format: 'email' }),
  role: RoleSchema,
  jobTitle: nullable(Type.String({ maxLength: 200 })),
  teamId: nullable(IdSchema),
  managerId: nullable(IdSchema),
  siteId: nullable(IdSchema),
  startDate: nullable(DateSchema),
  seniority: nullable(SenioritySchema),
  languages: Type.Array(LanguageCodeSchema, { maxItems: 20 }),
  timeZone: TimeZoneSchema,
  locale: LocaleSchema,
};

export const CreatePersonBody = Type.Object(
  {
    name: AdminPersonFields.name,
    email: AdminPersonFields.email,
    role: Type.Optional(AdminPersonFields.role),
    jobTitle: Type.Optional(AdminPersonFields.jobTitle),
    teamId: Type.Optional(AdminPersonFields.teamId),
    managerId: Type.Optional(AdminPersonFields.managerId),
    siteId: Type.Optional(AdminPersonFields.siteId),
    startDate: Type.Optional(AdminPersonFields.startDate),
    seniority: Type.Optional(AdminPersonFields.seniority),
    languages: Type.Optional(AdminPersonFields.languages),
    timeZone: Type.Optional(AdminPersonFields.timeZone),
    locale: Type.Optional(AdminPersonFields.locale),
  },
  { additionalProperties: false },
);

export const UpdatePersonBody = Type.Object(
  {
    name: Type.Optional(AdminPersonFields.name),
    email: Type.Optional(AdminPersonFields.email),
    role: Type.Optional(AdminPersonFields.role),
    jobTitle: Type.Optional(AdminPersonFields.jobTitle),
    teamId: Type.Optional(AdminPersonFields.teamId),
    managerId: Type.Optional(AdminPersonFields.managerId),
    siteId: Type.Optional(AdminPersonFields.siteId),
    startDate: Type.Optional(AdminPersonFields.startDate),
    seniority: Type.Optional(AdminPersonFields.seniority),
    languages: Type.Optional(AdminPersonFields.languages),
    timeZone: Type.Optional(AdminPersonFields.timeZone),
    locale: Type.Optional(AdminPersonFields.locale),
    status: Type.Optional(PersonStatusSchema),
  },
  { additionalProperties: false },
);

export type SiteDay = Static<typeof SiteDay>;
export type OfferedSkill = Static<typeof OfferedSkill>;
export type WantedSkill = Static<typeof WantedSkill>;
export type PersonCard = Static<typeof PersonCard>;
export type LearningView = Static<typeof LearningView>;
export type WorkDay = Static<typeof WorkDay>;
export type AccountView = Static<typeof AccountView>;
export type PersonProfile = Static<typeof PersonProfile>;
export type DirectoryQuery = Static<typeof DirectoryQuery>;
export type DirectoryPage = Static<typeof DirectoryPage>;
export type CreatePersonBody = Static<typeof CreatePersonBody>;
export type UpdatePersonBody = Static<typeof UpdatePersonBody>;

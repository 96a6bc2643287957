import { type Static, Type } from 'typebox';
import { FACTOR_NAMES } from '../domain/matching/fit';
import {
  audienceRoles,
  enrolmentModes,
  participantRoles,
  programmeKinds,
  programmeStatuses,
} from '../domain/programmes/kinds';
import { ClockTimeSchema, DateSchema, IdSchema, nullable, PersonRef } from './vocabulary';

export const ProgrammeKindSchema = Type.Enum(programmeKinds);
export const ProgrammeStatusSchema = Type.Enum(programmeStatuses, {
  description: 'draft: being set up; active: rounds run; paused; archived',
});
export const EnrolmentSchema = Type.Enum(enrolmentModes, {
  description: 'opt_in: people join themselves; automatic: everyone in the audience',
});
export const ParticipantRoleSchema = Type.Enum(participantRoles);

export const Localised = Type.Object(
  { nl: Type.String({ maxLength: 2000 }), en: Type.String({ maxLength: 2000 }) },
  { additionalProperties: false },
);

export const Audience = Type.Object(
  {
    teamIds: Type.Optional(Type.Array(IdSchema, { maxItems: 500 })),
    siteIds: Type.Optional(Type.Array(IdSchema, { maxItems: 500 })),
    roles: Type.Optional(Type.Array(Type.Enum(audienceRoles), { maxItems: 3 })),
    minTenureDays: Type.Optional(Type.Integer({ description: 'working here at least this long' })),
    startedWithinDays: Type.Optional(
      Type.Integer({ description: 'newcomers: started at most this many days ago' }),
    ),
  },
  { additionalProperties: false, description: 'Empty: everyone' },
);

export const Weights = Type.Record(Type.String({ maxLength: 40 }), Type.Number(), {
  description: `Fit factor → weight (0–10); factors: ${FACTOR_NAMES.join(', ')}`,
});

export const RoundSchedule = Type.Object(
  {
    weekday: Type.Integer({ description: 'ISO weekday: 1 = Monday … 7 = Sunday' }),
    time: ClockTimeSchema,
    intervalWeeks: Type.Integer(),
  },
  { additionalProperties: false },
);

const SettingsFields = {
  name: Localised,
  description: Localised,
  enrolment: EnrolmentSchema,
  audience: Audience,
  weights: Weights,
  meetingIntervalWeeks: Type.Integer(),
  meetingMinutes: Type.Integer(),
  pairingWeeks: nullable(Type.Integer()),
  groupSize: Type.Integer(),
  schedule: nullable(RoundSchedule),
};

export const ProgrammeSettings = Type.Object(SettingsFields);

export const ProgrammeTemplate = Type.Object({
  kind: ProgrammeKindSchema,
  settings: ProgrammeSettings,
  /** The fit factors a slider is offered for. */
  factors: Type.Array(Type.String()),
  roles: Type.Array(ParticipantRoleSchema),
});
export const ProgrammeTemplateList = Type.Object({ items: Type.Array(ProgrammeTemplate) });

export const Programme = Type.Object({
  id: IdSchema,
  kind: ProgrammeKindSchema,
  status: ProgrammeStatusSchema,
  ...SettingsFields,
  nextRoundAt: nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
});
export const ProgrammeList = Type.Object({ items: Type.Array(Programme) });

const optional = Object.fromEntries(
  Object.entries(SettingsFields).map(([key, schema]) => [key, Type.Optional(schema)]),
) as {
  [K in keyof typeof SettingsFields]: ReturnType<typeof Type.Optional<(typeof SettingsFields)[K]>>;
};

export const ProgrammeBody = Type.Object(
  { kind: ProgrammeKindSchema, status: Type.Optional(ProgrammeStatusSchema), ...optional },
  { additionalProperties: false, description: 'Fields left out come from the kind’s template' },
);
export const ProgrammePatch = Type.Object(
  { status: Type.Optional(ProgrammeStatusSchema), ...optional },
  { additionalProperties: false },
);

export const UnmatchedPerson = Type.Object({
  person: PersonRef,
  reason: Type.Object({ key: Type.String(), params: Type.Record(Type.String(), Type.Any()) }),
});

export const ProgrammeStats = Type.Object({
  enrolled: Type.Integer({ description: 'in the audience and taking part now' }),
  paused: Type.Integer(),
  left: Type.Integer(),
  rounds: Type.Integer({ description: 'published rounds' }),
  matches: Type.Integer({ description: 'matches of published rounds' }),
  matchedPeople: Type.Integer(),
  accepted: Type.Integer({ description: 'members who accepted' }),
  declined: Type.Integer(),
  pending: Type.Integer(),
  meetingsHeld: Type.Integer({ description: 'meetings someone answered "yes, we met" for' }),
  unmatched: Type.Array(UnmatchedPerson, { description: 'of the last published round' }),
  silent: Type.Array(
    Type.Object({
      person: PersonRef,
      silentRounds: Type.Integer(),
      status: Type.String(),
      pausedUntil: nullable(DateSchema),
    }),
  ),
});

/** A programme as an employee sees it: open to them, and whether they take part. */
export const OpenProgramme = Type.Object({
  id: IdSchema,
  kind: ProgrammeKindSchema,
  name: Localised,
  description: Localised,
  enrolment: EnrolmentSchema,
  meetingIntervalWeeks: Type.Integer(),
  meetingMinutes: Type.Integer(),
  pairingWeeks: nullable(Type.Integer()),
  roles: Type.Array(ParticipantRoleSchema),
  nextRoundAt: nullable(Type.String({ format: 'date-time' })),
  me: Type.Object({
    status: Type.Enum(['active', 'paused', 'left', 'not_joined']),
    role: ParticipantRoleSchema,
    pausedUntil: nullable(DateSchema),
  }),
});
export const OpenProgrammeList = Type.Object({ items: Type.Array(OpenProgramme) });

export const EnrolmentBody = Type.Object(
  { role: Type.Optional(ParticipantRoleSchema) },
  { additionalProperties: false },
);
export const PauseBody = Type.Object(
  { weeks: Type.Integer({ minimum: 1, maximum: 26, description: 'snooze this many weeks' }) },
  { additionalProperties: false },
);

export const PairingBlockList = Type.Object({ items: Type.Array(PersonRef) });
export const PairingBlockBody = Type.Object(
  { personId: IdSchema },
  { additionalProperties: false },
);

export type ProgrammeSettings = Static<typeof ProgrammeSettings>;
export type ProgrammeTemplate = Static<typeof ProgrammeTemplate>;
export type ProgrammeTemplateList = Static<typeof ProgrammeTemplateList>;
export type Programme = Static<typeof Programme>;
export type ProgrammeList = Static<typeof ProgrammeList>;
export type ProgrammeBody = Static<typeof ProgrammeBody>;
export type ProgrammePatch = Static<typeof ProgrammePatch>;
export type ProgrammeStats = Static<typeof ProgrammeStats>;
export type OpenProgramme = Static<typeof OpenProgramme>;
export type OpenProgrammeList = Static<typeof OpenProgrammeList>;
export type EnrolmentBody = Static<typeof EnrolmentBody>;
export type PauseBody = Static<typeof PauseBody>;
export type PairingBlockList = Static<typeof PairingBlockList>;
export type PairingBlockBody = Static<typeof PairingBlockBody>;

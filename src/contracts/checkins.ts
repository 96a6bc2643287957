import { type Static, Type } from 'typebox';
import { Goal } from './goals';
import { DateSchema, IdSchema, nullable, PersonRef, SupportNeedSchema } from './vocabulary';

const SkillRef = Type.Object({ id: IdSchema, name: Type.String() });
const Instant = Type.String({ format: 'date-time' });

export const CadenceSourceSchema = Type.Enum(['override', 'new_joiner', 'support_need'], {
  description:
    "override: the manager's choice; new_joiner: started recently; else the support need",
});
export const RhythmAnswerSchema = Type.Enum(['more', 'same', 'less']);
export const WeeksSchema = Type.Integer({
  minimum: 1,
  maximum: 26,
  description: 'weeks between check-ins',
});

export const Rhythm = Type.Object({
  weeks: Type.Integer(),
  source: CadenceSourceSchema,
  reason: nullable(Type.String()),
  /** An open "more / less often" wish, for the manager to decide. */
  request: nullable(
    Type.Object({
      id: IdSchema,
      direction: Type.Enum(['more', 'less']),
      proposedWeeks: nullable(Type.Integer()),
      source: Type.Enum(['request', 'pulse']),
    }),
  ),
});

export const AgendaItem = Type.Object({
  id: IdSchema,
  author: PersonRef,
  body: Type.String(),
  skill: nullable(SkillRef),
  discussed: Type.Boolean(),
  carriedOver: Type.Boolean(),
});

export const CheckinNote = Type.Object({
  id: IdSchema,
  author: PersonRef,
  visibility: Type.Enum(['shared', 'private']),
  body: Type.String(),
  createdAt: Instant,
});

export const CheckinAction = Type.Object({
  id: IdSchema,
  person: PersonRef,
  checkinId: IdSchema,
  owner: PersonRef,
  title: Type.String(),
  dueOn: nullable(DateSchema),
  doneOn: nullable(DateSchema),
});

export const CheckinSummary = Type.Object({
  id: IdSchema,
  person: PersonRef,
  manager: PersonRef,
  scheduledOn: DateSchema,
  dueOn: DateSchema,
  status: Type.Enum(['planned', 'held', 'cancelled']),
  heldOn: nullable(DateSchema),
  meetingId: nullable(IdSchema),
});

export const Checkin = Type.Object({
  ...CheckinSummary.properties,
  /** Whether the caller may add to it: the person and their manager, while it is planned. */
  canEdit: Type.Boolean(),
  /** The caller is the person's manager (may write private notes, set actions, hold it). */
  asManager: Type.Boolean(),
  agenda: Type.Array(AgendaItem),
  /** Shared notes, and the caller's own private notes. */
  notes: Type.Array(CheckinNote),
  actions: Type.Array(CheckinAction),
  goals: Type.Array(Goal),
  /** Skills the person wants to learn, offered as talking points. */
  learningNeeds: Type.Array(SkillRef),
  pulse: nullable(Type.Object({ support: Type.Integer(), rhythm: RhythmAnswerSchema })),
  rhythm: Rhythm,
});

export const PlanCheckinBody = Type.Object(
  { scheduledOn: DateSchema },
  { additionalProperties: false },
);

export const CheckinPatch = Type.Object(
  { scheduledOn: DateSchema },
  { additionalProperties: false },
);

export const AgendaItemBody = Type.Object(
  {
    body: Type.String({ minLength: 1, maxLength: 1000 }),
    skillId: Type.Optional(nullable(IdSchema)),
  },
  { additionalProperties: false },
);

export const AgendaItemPatch = Type.Object(
  { discussed: Type.Boolean() },
  { additionalProperties: false },
);

export const AgendaItemParams = Type.Object({ id: IdSchema, itemId: IdSchema });

export const NoteBody = Type.Object(
  {
    body: Type.String({ minLength: 1, maxLength: 5000 }),
    visibility: Type.Enum(['shared', 'private'], {
      description: 'private: only its author ever reads it (managers only)',
    }),
  },
  { additionalProperties: false },
);

export const ActionBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    ownerId: IdSchema,
    dueOn: Type.Optional(nullable(DateSchema)),
  },
  { additionalProperties: false },
);

export const ActionPatch = Type.Object({ done: Type.Boolean() }, { additionalProperties: false });

export const PulseBody = Type.Object(
  {
    support: Type.Integer({
      minimum: 1,
      maximum: 5,
      description: 'How supported do you feel in your learning?',
    }),
    rhythm: RhythmAnswerSchema,
  },
  { additionalProperties: false },
);

export const RhythmBody = Type.Object(
  {
    weeks: nullable(WeeksSchema),
    reason: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false, description: 'weeks null: back to the default rhythm' },
);

export const RhythmRequestBody = Type.Object(
  { direction: Type.Enum(['more', 'less']) },
  { additionalProperties: false },
);

export const HelpSignalView = Type.Object({
  id: IdSchema,
  person: PersonRef,
  body: Type.String(),
  skill: nullable(SkillRef),
  urgency: Type.Enum(['low', 'normal', 'high']),
  status: Type.Enum(['open', 'acknowledged', 'resolved']),
  response: nullable(Type.String()),
  respondedBy: nullable(PersonRef),
  respondedAt: nullable(Instant),
  createdAt: Instant,
});

export const MyCheckins = Type.Object({
  rhythm: Rhythm,
  manager: nullable(PersonRef),
  next: nullable(Checkin),
  nextDueOn: DateSchema,
  overdue: Type.Boolean(),
  past: Type.Array(CheckinSummary),
  goals: Type.Array(Goal),
  actions: Type.Array(CheckinAction),
  signals: Type.Array(HelpSignalView),
});

export const TeamMember = Type.Object({
  person: PersonRef,
  team: nullable(PersonRef),
  /** Reports of a manager below the caller: read-only. */
  indirect: Type.Boolean(),
  supportNeed: SupportNeedSchema,
  rhythm: Rhythm,
  lastHeldOn: nullable(DateSchema),
  nextDueOn: DateSchema,
  plannedCheckinId: nullable(IdSchema),
  overdue: Type.Boolean(),
  openSignals: Type.Integer(),
  goalsAtRisk: Type.Integer(),
  openActions: Type.Integer(),
  pairings: Type.Array(Type.Object({ kind: Type.String(), partner: PersonRef })),
  learningContacts30d: Type.Integer(),
  /** Share of working days at home, 0–1; null when the work week is unknown. */
  remoteShare: nullable(Type.Number()),
});

export const TeamOverview = Type.Object({
  members: Type.Array(TeamMember),
  signals: Type.Array(HelpSignalView),
  /** Open actions the manager owns, from every report's check-ins. */
  myActions: Type.Array(CheckinAction),
});

export const PersonTimeline = Type.Object({
  person: PersonRef,
  readOnly: Type.Boolean(),
  rhythm: Rhythm,
  checkins: Type.Array(CheckinSummary),
  goals: Type.Array(Goal),
  actions: Type.Array(CheckinAction),
  signals: Type.Array(HelpSignalView),
});

export const CheckinSettings = Type.Object({
  weeksBySupportNeed: Type.Array(WeeksSchema, { minItems: 5, maxItems: 5 }),
  newJoinerDays: Type.Integer({ minimum: 0, maximum: 365 }),
  newJoinerWeeks: WeeksSchema,
  skipLevelRead: Type.Boolean({
    description:
      'managers read (never change) check-ins of people further down, never private notes',
  }),
});

export const CheckinSettingsPatch = Type.Partial(CheckinSettings, { additionalProperties: false });

export const CheckinStats = Type.Object({
  since: DateSchema,
  teams: Type.Array(
    Type.Object({
      team: nullable(PersonRef),
      people: Type.Integer(),
      held: Type.Integer(),
      onTime: Type.Integer(),
      onTimeShare: Type.Number(),
    }),
  ),
});

export const GoalEvent = Type.Object({
  id: IdSchema,
  author: nullable(PersonRef),
  changes: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Instant,
});
export const GoalHistory = Type.Object({ items: Type.Array(GoalEvent) });
export const PersonGoalParams = Type.Object({ id: IdSchema, goalId: IdSchema });

export type Rhythm = Static<typeof Rhythm>;
export type AgendaItem = Static<typeof AgendaItem>;
export type CheckinNote = Static<typeof CheckinNote>;
export type CheckinAction = Static<typeof CheckinAction>;
export type CheckinSummary = Static<typeof CheckinSummary>;
export type Checkin = Static<typeof Checkin>;
export type PlanCheckinBody = Static<typeof PlanCheckinBody>;
export type AgendaItemBody = Static<typeof AgendaItemBody>;
export type NoteBody = Static<typeof NoteBody>;
export type ActionBody = Static<typeof ActionBody>;
export type PulseBody = Static<typeof PulseBody>;
export type RhythmBody = Static<typeof RhythmBody>;
export type RhythmRequestBody = Static<typeof RhythmRequestBody>;
export type HelpSignalView = Static<typeof HelpSignalView>;
export type MyCheckins = Static<typeof MyCheckins>;
export type TeamMember = Static<typeof TeamMember>;
export type TeamOverview = Static<typeof TeamOverview>;
export type PersonTimeline = Static<typeof PersonTimeline>;
export type CheckinSettings = Static<typeof CheckinSettings>;
export type CheckinSettingsPatch = Static<typeof CheckinSettingsPatch>;
export type CheckinStats = Static<typeof CheckinStats>;
export type GoalEvent = Static<typeof GoalEvent>;
export type GoalHistory = Static<typeof GoalHistory>;

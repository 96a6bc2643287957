import { type Static, Type } from 'typebox';
import { DateSchema, IdSchema, nullable } from './vocabulary';

export const matchStatuses = ['proposed', 'active', 'declined', 'ended', 'replaced'] as const;
export const matchResponses = ['pending', 'accepted', 'declined'] as const;
export const memberRoles = ['participant', 'mentor', 'mentee', 'newcomer', 'godparent'] as const;
export const programmeKinds = [
  'buddy',
  'mentoring',
  'reverse_mentoring',
  'onboarding',
  'coffee',
] as const;
export const feedbackAnswers = ['yes', 'not_yet', 'no'] as const;
/** The godparent's onboarding checklist; the texts live in `matches:checklist.<item>`. */
export const checklistItems = [
  'welcomeMessage',
  'firstDayCoffee',
  'tour',
  'introduceTeam',
  'firstWeekCheckIn',
  'firstMonthReview',
] as const;

export type ChecklistItemKey = (typeof checklistItems)[number];

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const MatchReason = Type.Object({
  key: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  /** Rendered in the reader's language. */
  text: Type.String(),
});

export const MatchPartner = Type.Object({
  id: IdSchema,
  name: Type.String(),
  jobTitle: nullable(Type.String()),
  team: nullable(Type.String()),
  site: nullable(Type.String()),
  languages: Type.Array(Type.String()),
  role: Type.Enum(memberRoles),
  response: Type.Enum(matchResponses),
  learningWish: nullable(Type.String()),
  /** No longer works at the organisation. */
  left: Type.Boolean(),
});

export const MatchSummary = Type.Object({
  id: IdSchema,
  programme: Type.Object({
    id: IdSchema,
    kind: Type.Enum(programmeKinds),
    name: Type.String(),
  }),
  status: Type.Enum(matchStatuses),
  myRole: Type.Enum(memberRoles),
  myResponse: Type.Enum(matchResponses),
  partners: Type.Array(MatchPartner),
  reasons: Type.Array(MatchReason),
  startsOn: nullable(DateSchema),
  endsOn: nullable(DateSchema),
  endedAt: nullable(Type.String({ format: 'date-time' })),
  endReason: nullable(Type.String()),
  /** The pairing's meeting, once one is set up. */
  meetingId: nullable(IdSchema),
  createdAt: Type.String({ format: 'date-time' }),
});

export const MatchMessage = Type.Object({
  id: IdSchema,
  authorId: IdSchema,
  authorName: Type.String(),
  replyTo: nullable(IdSchema),
  body: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const MatchLogEntry = Type.Object({
  id: IdSchema,
  authorId: IdSchema,
  authorName: Type.String(),
  heldOn: DateSchema,
  learned: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const MatchChecklistItem = Type.Object({
  item: Type.Enum(checklistItems),
  done: Type.Boolean(),
  doneAt: nullable(Type.String({ format: 'date-time' })),
});

export const MatchFeedback = Type.Object({
  meetingOn: DateSchema,
  answer: Type.Enum(feedbackAnswers),
  rating: nullable(Type.Integer({ minimum: 1, maximum: 5 })),
});

export const MatchDetail = Type.Object({
  ...MatchSummary.properties,
  myLearningWish: nullable(Type.String()),
  /** Buddy questions and their answers; only members see them. */
  messages: Type.Array(MatchMessage),
  log: Type.Array(MatchLogEntry),
  /** Onboarding: the godparent's checklist; null for everyone else. */
  checklist: nullable(Type.Array(MatchChecklistItem)),
  /** My own "did you meet?" answers, newest meeting first. */
  myFeedback: Type.Array(MatchFeedback),
});

export const MatchList = Type.Object({ items: Type.Array(MatchSummary) });

export const MatchResponseBody = Type.Object(
  {
    response: Type.Enum(['accept', 'decline'] as const),
    reason: Type.Optional(nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);

export const EndMatchBody = Type.Object(
  { reason: Type.Optional(nullable(Type.String({ maxLength: 500 }))) },
  { additionalProperties: false },
);

export const MatchMessageBody = Type.Object(
  { body: Text(2000), replyTo: Type.Optional(nullable(IdSchema)) },
  { additionalProperties: false },
);

export const LearningWishBody = Type.Object(
  { wish: nullable(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);

export const MatchLogEntryBody = Type.Object(
  { heldOn: DateSchema, learned: Text(2000) },
  { additionalProperties: false },
);

export const ChecklistItemParams = Type.Object({
  id: IdSchema,
  item: Type.Enum(checklistItems),
});

export const ChecklistItemBody = Type.Object(
  { done: Type.Boolean() },
  { additionalProperties: false },
);

export const MatchFeedbackBody = Type.Object(
  {
    meetingOn: DateSchema,
    answer: Type.Enum(feedbackAnswers),
    rating: Type.Optional(nullable(Type.Integer({ minimum: 1, maximum: 5 }))),
  },
  { additionalProperties: false },
);

export type MatchReason = Static<typeof MatchReason>;
export type MatchPartner = Static<typeof MatchPartner>;
export type MatchSummary = Static<typeof MatchSummary>;
export type MatchMessage = Static<typeof MatchMessage>;
export type MatchLogEntry = Static<typeof MatchLogEntry>;
export type MatchChecklistItem = Static<typeof MatchChecklistItem>;
export type MatchFeedback = Static<typeof MatchFeedback>;
export type MatchDetail = Static<typeof MatchDetail>;
export type MatchList = Static<typeof MatchList>;
export type MatchResponseBody = Static<typeof MatchResponseBody>;
export type EndMatchBody = Static<typeof EndMatchBody>;
export type MatchMessageBody = Static<typeof MatchMessageBody>;
export type LearningWishBody = Static<typeof LearningWishBody>;
export type MatchLogEntryBody = Static<typeof MatchLogEntryBody>;
export type ChecklistItemBody = Static<typeof ChecklistItemBody>;
export type MatchFeedbackBody = Static<typeof MatchFeedbackBody>;

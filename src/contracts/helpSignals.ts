import { type Static, Type } from 'typebox';
import { HelpSignalView } from './checkins';
import { IdSchema, nullable, PersonRef } from './vocabulary';

export const RaiseHandBody = Type.Object(
  {
    body: Type.String({ minLength: 1, maxLength: 1000, description: 'I need help with …' }),
    skillId: Type.Optional(nullable(IdSchema)),
    urgency: Type.Optional(Type.Enum(['low', 'normal', 'high'])),
  },
  { additionalProperties: false },
);

export const SignalResponseBody = Type.Object(
  {
    status: Type.Enum(['acknowledged', 'resolved']),
    response: Type.Optional(nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

/** Where help can come from: only what exists, never made up. */
export const HelpSuggestions = Type.Object({
  buddies: Type.Array(Type.Object({ kind: Type.String(), partner: PersonRef })),
  colleagues: Type.Array(Type.Object({ id: IdSchema, name: Type.String(), level: Type.Integer() })),
});

export const HelpSignalDetail = Type.Object({
  signal: HelpSignalView,
  suggestions: HelpSuggestions,
  /** The caller is the person's manager and may respond. */
  canRespond: Type.Boolean(),
});

export type RaiseHandBody = Static<typeof RaiseHandBody>;
export type SignalResponseBody = Static<typeof SignalResponseBody>;
export type HelpSuggestions = Static<typeof HelpSuggestions>;
export type HelpSignalDetail = Static<typeof HelpSignalDetail>;

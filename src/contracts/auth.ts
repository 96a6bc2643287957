import { type Static, Type } from 'typebox';

export const LocaleSchema = Type.Enum(['nl', 'en'], { description: 'Language: nl or en' });
export const RoleSchema = Type.Enum(['employee', 'manager', 'admin']);

/** New passwords: the use case checks the minimum (10) so the message names the rule. */
export const NewPasswordSchema = Type.String({ maxLength: 200 });

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 320 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

/** The signed-in person, with the CSRF token changing requests send in `x-csrf-token`. */
export const Me = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  locale: LocaleSchema,
  organisation: Type.Object({
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    isDemo: Type.Boolean(),
  }),
  csrfToken: Type.String(),
});

/** Answer to every request that signs someone in (it also sets the session cookies). */
export const SignedInResponse = Type.Object({ person: Me, csrfToken: Type.String() });

export const PreferencesBody = Type.Object(
  { locale: Type.Optional(LocaleSchema) },
  { additionalProperties: false },
);

export const PasswordResetBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 320 }) },
  { additionalProperties: false },
);

export const TokenPasswordBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200 }), password: NewPasswordSchema },
  { additionalProperties: false },
);

export const PersonIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const InvitationResponse = Type.Object({
  sentTo: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
});

export type LoginBody = Static<typeof LoginBody>;
export type Me = Static<typeof Me>;
export type SignedInResponse = Static<typeof SignedInResponse>;
export type PreferencesBody = Static<typeof PreferencesBody>;
export type PasswordResetBody = Static<typeof PasswordResetBody>;
export type TokenPasswordBody = Static<typeof TokenPasswordBody>;
export type InvitationResponse = Static<typeof InvitationResponse>;

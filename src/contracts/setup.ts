import { type Static, Type } from 'typebox';
import { LocaleSchema, NewPasswordSchema, RoleSchema } from './auth';

export const DemoOrganisation = Type.Object({
  organisationId: Type.String({ format: 'uuid' }),
  /** The sample people one signs in as with one click, employee first. */
  accounts: Type.Array(
    Type.Object({
      personId: Type.String({ format: 'uuid' }),
      name: Type.String(),
      role: RoleSchema,
      jobTitle: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

export const SetupState = Type.Object({
  needsSetup: Type.Boolean(),
  demoAvailable: Type.Boolean(),
  demo: Type.Optional(DemoOrganisation),
});

export const SetupBody = Type.Object(
  {
    organisationName: Type.String({ minLength: 1, maxLength: 200 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.String({ format: 'email', maxLength: 320 }),
    password: NewPasswordSchema,
    locale: LocaleSchema,
  },
  { additionalProperties: false },
);

export const DemoSignInBody = Type.Object(
  {
    role: RoleSchema,
    /** Defaults to the demo organisation; any other organisation is refused. */
    organisationId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);

export type DemoOrganisation = Static<typeof DemoOrganisation>;
export type SetupState = Static<typeof SetupState>;
export type SetupBody = Static<typeof SetupBody>;
export type DemoSignInBody = Static<typeof DemoSignInBody>;

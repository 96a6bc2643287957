import { type Static, Type } from 'typebox';
import { LocaleSchema } from './auth';
import { IdSchema, nullable, TimeZoneSchema } from './vocabulary';

export const OrganisationSettings = Type.Object({
  id: IdSchema,
  name: Type.String(),
  isDemo: Type.Boolean(),
  defaultLocale: LocaleSchema,
  defaultTimeZone: Type.String(),
  videoLinkTemplate: nullable(Type.String()),
});

export const OrganisationPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    defaultLocale: Type.Optional(LocaleSchema),
    defaultTimeZone: Type.Optional(TimeZoneSchema),
    videoLinkTemplate: Type.Optional(
      nullable(
        Type.String({
          maxLength: 500,
          description:
            'https:// address of an online meeting room; {id} is replaced by a meeting id',
          examples: ['https://meet.jit.si/samen-{id}'],
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

export type OrganisationSettings = Static<typeof OrganisationSettings>;
export type OrganisationPatch = Static<typeof OrganisationPatch>;

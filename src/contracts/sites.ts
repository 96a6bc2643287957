import { type Static, Type } from 'typebox';
import { IdSchema, nullable, TimeZoneSchema } from './vocabulary';

export const Site = Type.Object({
  id: IdSchema,
  name: Type.String(),
  city: nullable(Type.String()),
  timeZone: Type.String(),
});

export const SiteList = Type.Object({ items: Type.Array(Site) });

const SiteFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  city: nullable(Type.String({ maxLength: 200 })),
  timeZone: TimeZoneSchema,
};

export const SiteBody = Type.Object(
  {
    name: SiteFields.name,
    city: Type.Optional(SiteFields.city),
    timeZone: Type.Optional(SiteFields.timeZone),
  },
  { additionalProperties: false },
);

export const SitePatch = Type.Object(
  {
    name: Type.Optional(SiteFields.name),
    city: Type.Optional(SiteFields.city),
    timeZone: Type.Optional(SiteFields.timeZone),
  },
  { additionalProperties: false },
);

export type Site = Static<typeof Site>;
export type SiteList = Static<typeof SiteList>;
export type SiteBody = Static<typeof SiteBody>;
export type SitePatch = Static<typeof SitePatch>;

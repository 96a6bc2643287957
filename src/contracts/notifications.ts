import { type Static, Type } from 'typebox';
import { IdSchema, nullable } from './vocabulary';

export const Notification = Type.Object({
  id: IdSchema,
  kind: Type.String({
    description: 'the text is the translation notifications:<kind> with params',
  }),
  params: Type.Record(
    Type.String(),
    Type.Union([
      Type.String(),
      Type.Number(),
      Type.Record(Type.String(), Type.String(), {
        description: 'a name in several languages, by language code',
      }),
    ]),
  ),
  link: nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  read: Type.Boolean(),
});

export const NotificationList = Type.Object({
  items: Type.Array(Notification),
  unread: Type.Integer(),
});

export type Notification = Static<typeof Notification>;
export type NotificationList = Static<typeof NotificationList>;

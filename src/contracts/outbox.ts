import { type Static, Type } from 'typebox';

const MailStatus = Type.Enum(['pending', 'sent', 'kept', 'failed'], {
  description: 'pending: waiting for SMTP; sent; kept: no SMTP (or a demo), only here; failed',
});

export const OutboxQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);

const MailSummaryFields = {
  id: Type.String({ format: 'uuid' }),
  to: Type.String(),
  subject: Type.String(),
  status: MailStatus,
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
};

export const OutboxPage = Type.Object({
  items: Type.Array(Type.Object(MailSummaryFields)),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const OutboxMailParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const OutboxMail = Type.Object({
  ...MailSummaryFields,
  /** Null for mails that left through SMTP: they may hold a link meant for the recipient alone. */
  text: Type.Union([Type.String(), Type.Null()]),
  html: Type.Union([Type.String(), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
});

export type OutboxQuery = Static<typeof OutboxQuery>;
export type OutboxPage = Static<typeof OutboxPage>;
export type OutboxMail = Static<typeof OutboxMail>;

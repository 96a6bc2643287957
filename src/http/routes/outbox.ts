import { getOutboxMail } from '../../app/mail/getOutboxMail';
import { listOutboxMails } from '../../app/mail/listOutboxMails';
import { OutboxMail, OutboxMailParams, OutboxPage, OutboxQuery } from '../../contracts/outbox';
import { MailOutboxRepository, type OutboxMailSummary } from '../../db/repositories/mailOutbox';
import { requireActor } from '../context';
import type { App } from '../server';

const withIsoTimes = <T extends OutboxMailSummary>(mail: T) => ({
  ...mail,
  createdAt: mail.createdAt.toISOString(),
  sentAt: mail.sentAt?.toISOString() ?? null,
});

export function outboxRoutes(app: App) {
  app.get(
    '/api/v1/admin/outbox',
    {
      schema: {
        tags: ['admin'],
        summary: "Admins: the organisation's mails, newest first",
        querystring: OutboxQuery,
        response: { 200: OutboxPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const page = await listOutboxMails(
        { outbox: new MailOutboxRepository(app.deps.db, actor.organisationId) },
        actor,
        request.query,
      );
      return { ...page, items: page.items.map(withIsoTimes) };
    },
  );

  app.get(
    '/api/v1/admin/outbox/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Admins: one mail with its text and HTML (withheld once sent through SMTP)',
        params: OutboxMailParams,
        response: { 200: OutboxMail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const mail = await getOutboxMail(
        { outbox: new MailOutboxRepository(app.deps.db, actor.organisationId) },
        actor,
        request.params,
      );
      return withIsoTimes(mail);
    },
  );
}

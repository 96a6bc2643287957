import type { MailOutboxRepository, OutboxMailSummary } from '../../db/repositories/mailOutbox';
import { type Actor, isAdmin } from '../actor';
import { forbidden } from '../errors';

export interface OutboxPage {
  items: OutboxMailSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** The organisation's mails, newest first: an admin's view of what Samen sent and kept. */
export async function listOutboxMails(
  deps: { outbox: MailOutboxRepository },
  actor: Actor,
  input: { page: number; pageSize: number },
): Promise<OutboxPage> {
  if (!isAdmin(actor)) throw forbidden();
  const { items, total } = await deps.outbox.page(
    (input.page - 1) * input.pageSize,
    input.pageSize,
  );
  return { items, total, page: input.page, pageSize: input.pageSize };
}

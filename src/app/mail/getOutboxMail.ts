import type { MailOutboxRepository, OutboxMail } from '../../db/repositories/mailOutbox';
import { type Actor, isAdmin } from '../actor';
import { forbidden, notFound } from '../errors';

/** A mail as the outbox shows it; the body is null when withheld. */
export interface OutboxMailView extends Omit<OutboxMail, 'text' | 'html'> {
  text: string | null;
  html: string | null;
}

/**
 * One mail of the organisation. A mail that left through SMTP is shown without its body: it
 * may hold a sign-in link meant for its recipient alone. Kept mails (no SMTP server, or a
 * demo organisation) and failed ones show it, so an admin can pass the link on by hand.
 */
export async function getOutboxMail(
  deps: { outbox: MailOutboxRepository },
  actor: Actor,
  input: { id: string },
): Promise<OutboxMailView> {
  if (!isAdmin(actor)) throw forbidden();
  const mail = await deps.outbox.find(input.id);
  if (!mail) throw notFound('mail');
  if (mail.status === 'sent' || mail.status === 'pending') {
    return { ...mail, text: null, html: null };
  }
  return mail;
}

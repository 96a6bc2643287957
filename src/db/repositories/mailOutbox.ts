import { randomUUID } from 'node:crypto';
import type { MailAttachment } from '../../mail/message';
import type { Sql } from '../client';
import { type UnnestColumn, unnestInsert } from './unnestInsert';

export type MailStatus = 'pending' | 'sent' | 'kept' | 'failed';

export interface NewOutboxMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
  status: 'pending' | 'kept';
  createdAt: Date;
}

type NewOutboxRow = NewOutboxMail & { id: string };

const OUTBOX_COLUMNS: readonly UnnestColumn<NewOutboxRow>[] = [
  { name: 'id', type: 'uuid', value: (mail) => mail.id },
  { name: 'to_address', type: 'text', value: (mail) => mail.to },
  { name: 'subject', type: 'text', value: (mail) => mail.subject },
  { name: 'text_body', type: 'text', value: (mail) => mail.text },
  { name: 'html_body', type: 'text', value: (mail) => mail.html },
  { name: 'status', type: 'text', value: (mail) => mail.status },
  { name: 'created_at', type: 'timestamptz', value: (mail) => mail.createdAt },
  {
    name: 'attachments',
    type: 'text',
    value: (mail) => JSON.stringify(mail.attachments ?? []),
    expression: 'u.attachments::jsonb',
  },
];

// Mail bodies are a few kilobytes each: a thousand keeps one statement's parameters a few megabytes.
export const MAIL_BATCH_SIZE = 1000;

export interface OutboxMailSummary {
  id: string;
  to: string;
  subject: string;
  status: MailStatus;
  createdAt: Date;
  sentAt: Date | null;
}

export interface OutboxMail extends OutboxMailSummary {
  text: string;
  html: string | null;
  attachments: MailAttachment[];
  error: string | null;
}

interface MailRow {
  id: string;
  to_address: string;
  subject: string;
  status: MailStatus;
  created_at: Date;
  sent_at: Date | null;
  text_body: string;
  html_body: string | null;
  attachments: MailAttachment[];
  error: string | null;
}

const summary = (row: MailRow): OutboxMailSummary => ({
  id: row.id,
  to: row.to_address,
  subject: row.subject,
  status: row.status,
  createdAt: row.created_at,
  sentAt: row.sent_at,
});

/** Every mail one organisation's people were sent, newest first. */
export class MailOutboxRepository {
  constructor(
    private readonly sql: Sql,
    private readonly organisationId: string,
  ) {}

  async add(mail: NewOutboxMail): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `insert into mail_outbox (organisation_id, to_address, subject, text_body, html_body, status, created_at,
                                attachments)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
      [
        this.organisationId,
        mail.to,
        mail.subject,
        mail.text,
        mail.html,
        mail.status,
        mail.createdAt,
        JSON.stringify(mail.attachments ?? []),
      ],
    );
    return row.id;
  }

  /**
   * Adds many mails with a statement per thousand instead of one each; returns their ids in the
   * order given (the ids are made here, so they need not be matched up with what is returned).
   */
  async addMany(mails: readonly NewOutboxMail[]): Promise<string[]> {
    const rows = mails.map((mail) => ({ ...mail, id: randomUUID() }));
    await unnestInsert(
      this.sql,
      'mail_outbox',
      this.organisationId,
      OUTBOX_COLUMNS,
      rows,
      '',
      MAIL_BATCH_SIZE,
    );
    return rows.map((row) => row.id);
  }

  async page(
    offset: number,
    limit: number,
  ): Promise<{ items: OutboxMailSummary[]; total: number }> {
    const rows = await this.sql.query<MailRow>(
      `select id, to_address, subject, status, created_at, sent_at
         from mail_outbox
        where organisation_id = $1
        order by created_at desc, id desc
        offset $2 limit $3`,
      [this.organisationId, offset, limit],
    );
    const [count] = await this.sql.query<{ total: number }>(
      'select count(*) as total from mail_outbox where organisation_id = $1',
      [this.organisationId],
    );
    return { items: rows.map(summary), total: count.total };
  }

  async find(id: string): Promise<OutboxMail | null> {
    const rows = await this.sql.query<MailRow>(
      `select id, to_address, subject, status, created_at, sent_at, text_body, html_body,
              attachments, error
         from mail_outbox where organisation_id = $1 and id = $2`,
      [this.organisationId, id],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      ...summary(row),
      text: row.text_body,
      html: row.html_body,
      attachments: row.attachments,
      error: row.error,
    };
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.sql.query(
      `update mail_outbox set status = 'sent', sent_at = $3, error = null
        where organisation_id = $1 and id = $2`,
      [this.organisationId, id, at],
    );
  }

  async markKept(id: string): Promise<void> {
    await this.sql.query(
      `update mail_outbox set status = 'kept' where organisation_id = $1 and id = $2`,
      [this.organisationId, id],
    );
  }

  /** A failed attempt; the delivery job tries again later, and marks it sent when that works. */
  async markFailed(id: string, error: string): Promise<void> {
    await this.sql.query(
      `update mail_outbox set status = 'failed', error = $3 where organisation_id = $1 and id = $2`,
      [this.organisationId, id, error.slice(0, 1000)],
    );
  }
}

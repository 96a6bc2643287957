import { meetingDeps } from '../src/app/meetings/deps';
import type { ScheduleMeetingInput } from '../src/app/meetings/scheduleMeeting';
import { scheduleMeeting } from '../src/app/meetings/scheduleMeeting';
import { loadConfig } from '../src/config';
import type { Database, Sql } from '../src/db/client';
import { createTranslator, type Translator } from '../src/i18n/catalog';
import { Mailer, noLocalRunner } from '../src/mail/mailer';
import type { MailOutbox } from '../src/mail/message';
import { createPerson, type PersonRow, setWorkDay } from './factories';

export const PUBLIC_URL = 'https://samen.example';
export const MAIL_FROM = 'Samen <samen@example.test>';

let translator: Promise<Translator> | null = null;

/** A mailer without SMTP: every mail stays in the outbox, where tests read it. */
export async function outboxMailer(db: Database, now: () => Date = () => new Date()) {
  translator ??= createTranslator();
  const config = loadConfig({ NODE_ENV: 'test', SAMEN_MAIL_FROM: MAIL_FROM });
  return new Mailer({
    db,
    config,
    translator: await translator,
    now,
    jobs: noLocalRunner,
  });
}

export async function testTranslator(): Promise<Translator> {
  translator ??= createTranslator();
  return translator;
}

export const depsOn = (tx: Sql, organisationId: string, mail: MailOutbox) =>
  meetingDeps(tx, organisationId, { mail, publicUrl: PUBLIC_URL, mailFrom: MAIL_FROM });

/**
 * A person working Monday to Friday in their zone: at home, or on site at the site given for a
 * weekday; hours in minutes after local midnight.
 */
export async function createColleague(
  db: Database,
  organisationId: string,
  options: {
    timeZone?: string;
    office?: Record<number, string>;
    hours?: [number, number];
    locale?: 'nl' | 'en';
    name?: string;
  } = {},
): Promise<PersonRow> {
  const person = await createPerson(db, organisationId, {
    locale: options.locale,
    name: options.name,
  });
  await db.query('update people set time_zone = $2 where id = $1', [
    person.id,
    options.timeZone ?? 'Europe/Brussels',
  ]);
  for (const weekday of [1, 2, 3, 4, 5]) {
    const site = options.office?.[weekday];
    await setWorkDay(db, person, {
      weekday,
      mode: site ? 'office' : 'home',
      siteId: site ?? null,
      start: options.hours?.[0] ?? 540,
      end: options.hours?.[1] ?? 1020,
    });
  }
  return person;
}

/** Schedules a meeting the way programmes do: in a transaction with an outbox. */
export async function scheduleTestMeeting(
  db: Database,
  organisationId: string,
  input: Partial<ScheduleMeetingInput> & Pick<ScheduleMeetingInput, 'attendeeIds' | 'now'>,
  mailer?: Mailer,
): Promise<string> {
  const sender = mailer ?? (await outboxMailer(db, () => input.now));
  return sender.transaction((tx, outbox) =>
    scheduleMeeting(depsOn(tx, organisationId, outbox), {
      kind: 'pairing',
      title: 'Buddy talk',
      durationMinutes: 30,
      intervalWeeks: null,
      notBefore: input.now,
      ...input,
    }),
  );
}

export interface OutboxRow {
  to_address: string;
  subject: string;
  text_body: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

export async function outboxOf(db: Database, organisationId: string): Promise<OutboxRow[]> {
  return db.query<OutboxRow>(
    `select to_address, subject, text_body, attachments from mail_outbox
      where organisation_id = $1 order by created_at, to_address`,
    [organisationId],
  );
}

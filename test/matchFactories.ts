import type { Actor } from '../src/app/actor';
import type { MatchDeps } from '../src/app/matches/deps';
import { meetingDeps } from '../src/app/meetings/deps';
import type { Database, Sql } from '../src/db/client';
import { MatchRepository } from '../src/db/repositories/matches';
import { MatchFitDataRepository } from '../src/db/repositories/matchFitData';
import { MatchSilenceRepository } from '../src/db/repositories/matchSilence';
import { createTranslator, type Translator } from '../src/i18n/catalog';
import { Mailer, noLocalRunner } from '../src/mail/mailer';
import { actorFor, type PersonRow } from './factories';

/**
 * Programmes, participants, rounds and published matches written straight into the database,
 * so the pairing tests do not depend on how rounds are previewed and published.
 */

type Kind = 'buddy' | 'mentoring' | 'reverse_mentoring' | 'onboarding' | 'coffee';

export interface ProgrammeRow {
  id: string;
  organisation_id: string;
  kind: Kind;
}

export async function createProgramme(
  db: Database,
  organisationId: string,
  overrides: { kind?: Kind; name?: Record<string, string>; weights?: Record<string, number> } = {},
): Promise<ProgrammeRow> {
  const [row] = await db.query<ProgrammeRow>(
    `insert into programmes (organisation_id, kind, name, status, weights)
     values ($1, $2, $3::jsonb, 'active', $4::jsonb) returning id, organisation_id, kind`,
    [
      organisationId,
      overrides.kind ?? 'buddy',
      JSON.stringify(overrides.name ?? { en: 'Buddies', nl: 'Buddy’s' }),
      JSON.stringify(overrides.weights ?? {}),
    ],
  );
  return row;
}

export async function addParticipant(
  db: Database,
  programme: ProgrammeRow,
  person: Pick<PersonRow, 'id'>,
  overrides: { role?: string; status?: 'active' | 'paused' | 'left'; silentRounds?: number } = {},
): Promise<void> {
  await db.query(
    `insert into programme_participants (programme_id, organisation_id, person_id, role, status, silent_rounds)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      programme.id,
      programme.organisation_id,
      person.id,
      overrides.role ?? 'participant',
      overrides.status ?? 'active',
      overrides.silentRounds ?? 0,
    ],
  );
}

export interface RoundRow {
  id: string;
  organisation_id: string;
  programme_id: string;
}

/** A round with the next number; published unless said otherwise. */
export async function createRound(
  db: Database,
  programme: ProgrammeRow,
  overrides: { status?: 'preview' | 'published' | 'discarded'; publishedAt?: Date } = {},
): Promise<RoundRow> {
  const status = overrides.status ?? 'published';
  const [row] = await db.query<RoundRow>(
    `insert into rounds (organisation_id, programme_id, number, status, published_at)
     values ($1, $2,
             (select coalesce(max(number), 0) + 1 from rounds where programme_id = $2),
             $3, $4)
     returning id, organisation_id, programme_id`,
    [
      programme.organisation_id,
      programme.id,
      status,
      status === 'published' ? (overrides.publishedAt ?? new Date()) : null,
    ],
  );
  return row;
}

export interface MatchMemberSeed {
  person: Pick<PersonRow, 'id'>;
  role?: string;
  response?: 'pending' | 'accepted' | 'declined';
}

export const SAMPLE_REASONS = [
  { key: 'match.reason.sameTeam', params: {}, factor: 'teamProximity', contribution: 2, about: [] },
  {
    key: 'match.reason.workingHoursOverlap',
    params: { count: 20 },
    factor: 'workingHours',
    contribution: 1,
    about: [],
  },
];

/** A match in the round, members in the order given (mentor or godparent first). */
export async function createMatch(
  db: Database,
  round: RoundRow,
  members: MatchMemberSeed[],
  overrides: { status?: string; reasons?: object[]; score?: number } = {},
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into matches (organisation_id, programme_id, round_id, status, score, reasons)
     values ($1, $2, $3, $4, $5, $6::jsonb) returning id`,
    [
      round.organisation_id,
      round.programme_id,
      round.id,
      overrides.status ?? 'proposed',
      overrides.score ?? 3,
      JSON.stringify(overrides.reasons ?? SAMPLE_REASONS),
    ],
  );
  for (const member of members) {
    await db.query(
      `insert into match_members (match_id, organisation_id, person_id, role, response)
       values ($1, $2, $3, $4, $5)`,
      [
        row.id,
        round.organisation_id,
        member.person.id,
        member.role ?? 'participant',
        member.response ?? (overrides.status === 'active' ? 'accepted' : 'pending'),
      ],
    );
  }
  return row.id;
}

export async function matchStatus(db: Database, matchId: string): Promise<string> {
  const [row] = await db.query<{ status: string }>('select status from matches where id = $1', [
    matchId,
  ]);
  return row.status;
}

export async function notificationsOf(
  db: Database,
  personId: string,
): Promise<{ kind: string; link: string | null; params: Record<string, unknown> }[]> {
  return db.query(
    'select kind, link, params from notifications where person_id = $1 order by created_at, id',
    [personId],
  );
}

/** The proposed or active matches of a person in a programme, with their members' ids. */
export async function openMatchesOf(
  db: Database,
  programmeId: string,
  personId: string,
): Promise<{ id: string; status: string; members: string[] }[]> {
  return db.query(
    `select m.id, m.status, array_agg(mm2.person_id::text order by mm2.person_id) as members
       from matches m
       join match_members mm on mm.match_id = m.id and mm.person_id = $2
       join match_members mm2 on mm2.match_id = m.id
      where m.programme_id = $1 and m.status in ('proposed', 'active')
      group by m.id, m.status`,
    [programmeId, personId],
  );
}

let translator: Promise<Translator> | null = null;

export const actorOf = (person: PersonRow, locale: 'nl' | 'en' = 'en'): Actor =>
  actorFor(person, { locale });

/**
 * Runs fn in one transaction with the pairing use cases' real dependencies: mails go to the
 * outbox (no SMTP configured), committed with the change or not at all.
 */
export async function inMatchTransaction<T>(
  db: Database,
  organisationId: string,
  fn: (deps: MatchDeps, tx: Sql) => Promise<T>,
  now: Date = new Date(),
): Promise<T> {
  translator ??= createTranslator();
  const t = await translator;
  const mailer = new Mailer({
    db,
    config: { smtp: null, mailFrom: 'samen@example.test' },
    translator: t,
    now: () => now,
    jobs: noLocalRunner,
  });
  return mailer.transaction((tx, mail) =>
    fn(
      {
        matches: new MatchRepository(tx, organisationId),
        silence: new MatchSilenceRepository(tx, organisationId),
        fitData: new MatchFitDataRepository(tx, organisationId),
        translator: t,
        mail,
        meetings: meetingDeps(tx, organisationId, {
          mail,
          publicUrl: 'http://samen.test',
          mailFrom: 'samen@example.test',
        }),
        now,
        publicUrl: 'http://samen.test',
      },
      tx,
    ),
  );
}

export async function outboxTo(
  db: Database,
  address: string,
): Promise<{ subject: string; text_body: string }[]> {
  return db.query(
    'select subject, text_body from mail_outbox where to_address = $1 order by created_at, id',
    [address],
  );
}

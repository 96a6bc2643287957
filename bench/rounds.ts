// Matching round time end to end for a coffee programme: the scheduled round loads the cohort,
// runs the engine, stores the matches and queues one mail and one notification per member, in
// one transaction (`runDueRounds`, as the job runner calls it). The organisation is written
// straight into the tables first (bench/directorySeed.ts), so only the round is timed.
//
//   node bin/run-ts.mjs bench/rounds.ts [--people 1000,10000] [--seed 1]
//   node bin/run-ts.mjs bench/rounds.ts --postgres postgres://postgres@127.0.0.1:5432/test
//   node bin/run-ts.mjs bench/rounds.ts --smtp
//
// With --smtp the organisation is a real one and SMTP is configured, so every mail is also given
// its delivery job (nothing is delivered: no runner runs here).
// With --postgres, a database of its own is created next to the one named and dropped after.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { runDueRounds } from '../src/app/rounds/runDueRounds';
import { type Database, openDatabase } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { ProgrammeRepository } from '../src/db/repositories/programmes';
import { generateDemoOrganisation } from '../src/domain/demo/generateDemoOrganisation';
import { programmeTemplate } from '../src/domain/programmes/templates';
import { createTranslator } from '../src/i18n/catalog';
import { Mailer, noLocalRunner } from '../src/mail/mailer';
import { seedOrganisation } from './directorySeed';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    postgres: { type: 'string' },
    smtp: { type: 'boolean', default: false },
  },
});
const sizes = values.people.split(',').map(Number);
const now = new Date('2026-11-30T08:00:00Z');
const translator = await createTranslator();

async function measure(db: Database, people: number) {
  const demo = generateDemoOrganisation({
    people,
    seed: Number(values.seed),
    name: 'Bench NV',
    emailDomain: 'bench.example',
    today: '2026-11-26',
  });
  const org = await seedOrganisation(db, demo);
  if (values.smtp) {
    await db.query('update organisations set is_demo = false where id = $1', [org.organisationId]);
  }
  const programmeId = await new ProgrammeRepository(db, org.organisationId).create(
    'coffee',
    {
      ...programmeTemplate('coffee'),
      status: 'active',
      enrolment: 'automatic',
      nextRoundAt: new Date(now.getTime() - 60_000),
    },
    org.personIds[0],
  );
  const mailer = new Mailer({
    db,
    config: {
      smtp: values.smtp
        ? { host: '127.0.0.1', port: 2525, secure: false, user: null, password: null }
        : null,
      mailFrom: 'samen@bench.example',
    },
    translator,
    jobs: noLocalRunner,
    now: () => now,
  });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const report = await runDueRounds({ db, mailer, publicUrl: 'https://samen.example' }, now);
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const roundId = report.published.find((p) => p.programmeId === programmeId)?.roundId;
  if (!roundId) throw new Error(`no round: ${JSON.stringify(report.failed)}`);
  const [counts] = await db.query<{
    matches: number;
    members: number;
    mails: number;
    jobs: number;
  }>(
    `select (select count(*) from matches where round_id = $2)::int as matches,
            (select count(*) from match_members mm join matches m on m.id = mm.match_id
              where m.round_id = $2)::int as members,
            (select count(*) from mail_outbox where organisation_id = $1)::int as mails,
            (select count(*) from jobs where type = 'mail.deliver')::int as jobs`,
    [org.organisationId, roundId],
  );
  console.log(
    `${db.kind}: coffee round of ${people} people → ${counts.matches} matches, ` +
      `${counts.members} members, ${counts.mails} mails and ${counts.jobs} delivery jobs queued in ${wall.toFixed(2)} s wall; ` +
      `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s here; load average ${loadavg()[0].toFixed(1)}`,
  );
}

async function withPostgres(url: string, run: (db: Database) => Promise<void>) {
  const name = `samen_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: target.toString(), poolSize: 2 });
  try {
    await migrate(db);
    await run(db);
  } finally {
    await db.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

for (const people of sizes) {
  if (values.postgres) {
    await withPostgres(values.postgres, (db) => measure(db, people));
  } else {
    const db = await openDatabase({ dataDir: null });
    try {
      await migrate(db);
      await measure(db, people);
    } finally {
      await db.close();
    }
  }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../e2e/support/server';
import { createTestDatabase, type TestDatabase } from './database';
import { createOrganisation, createPerson } from './factories';
import { createProgrammeRow, enrol } from './programmeFactories';

// Two real `samen serve` processes on one PostgreSQL database, as behind a load balancer: both
// run the job runner, and a programme's scheduled round is made once, with one announcement
// per member.
describe('two server instances on one PostgreSQL', () => {
  let database: TestDatabase;
  const servers: RunningServer[] = [];
  let programmeId: string;
  const members: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const org = await createOrganisation(database.db);
    programmeId = await createProgrammeRow(database.db, org.id, 'coffee', {
      nextRoundAt: new Date(Date.now() - 60_000),
    });
    for (let i = 0; i < 12; i++) {
      const person = await createPerson(database.db, org.id, { name: `Member ${i}` });
      await enrol(database.db, programmeId, person);
      members.push(person.email);
    }
    // The server does not need the web app for this; the folder may be empty.
    for (const _ of [1, 2]) {
      servers.push(await startServer('.tmp/no-web', { databaseUrl: database.url! }));
    }
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) await server.stop();
    await database?.drop();
  });

  it('makes the due round once, however many instances look', async () => {
    const deadline = Date.now() + 60_000;
    const published = async () =>
      (
        await database.db.query<{ n: number }>(
          `select count(*)::int as n from rounds where programme_id = $1 and status = 'published'`,
          [programmeId],
        )
      )[0].n;
    while ((await published()) === 0) {
      if (Date.now() > deadline) throw new Error('no round was published within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Both instances keep polling for a while: nothing more may appear.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await published()).toBe(1);
    const mails = await database.db.query<{ to_address: string; n: number }>(
      `select to_address, count(*)::int as n from mail_outbox
        where to_address = any($1::text[]) group by to_address order by to_address`,
      [members],
    );
    expect(mails.map((row) => row.n)).toEqual(members.map(() => 1));
    const jobs = await database.db.query<{ status: string; n: number }>(
      `select status, count(*)::int as n from jobs where type = 'rounds.run' group by status`,
    );
    expect(jobs).toEqual([{ status: 'done', n: 1 }]);
    for (const server of servers) {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    }
  });
});

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';

describe('PostgreSQL client', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await testDb.drop();
  });

  it('survives the server ending an idle connection, and serves the next query', async () => {
    const [{ pid, database }] = await testDb.db.query<{ pid: number; database: string }>(
      'select pg_backend_pid() as pid, current_database() as database',
    );
    const admin = new pg.Client({ connectionString: process.env.SAMEN_TEST_DATABASE_URL });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await admin.end();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [row] = await testDb.db.query<{ database: string }>(
      'select current_database() as database',
    );
    expect(row.database).toBe(database);
  });

  it('runs reads started together in a transaction one after the other, in order, without pg warning', async () => {
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listen);
    try {
      const results = await testDb.db.transaction((tx) =>
        Promise.all(
          [1, 2, 3, 4].map((n) =>
            tx.query<{ n: number }>('select $1::int as n, pg_sleep(0.01)', [n]),
          ),
        ),
      );
      expect(results.map(([row]) => row.n)).toEqual([1, 2, 3, 4]);
      const failed = testDb.db.transaction(async (tx) => {
        const [bad, good] = await Promise.allSettled([
          tx.query('select 1 / 0'),
          tx.query('select 1 as n'),
        ]);
        expect(bad.status).toBe('rejected');
        // After an error PostgreSQL refuses the rest of the transaction.
        expect(good.status).toBe('rejected');
        throw new Error('rolled back');
      });
      await expect(failed).rejects.toThrow('rolled back');
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((message) => message.includes('already executing'))).toEqual([]);
    } finally {
      process.off('warning', listen);
    }
  });
});

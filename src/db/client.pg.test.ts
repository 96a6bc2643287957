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
});

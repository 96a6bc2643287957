import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Database, openDatabase } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { loadTemplate } from './pgliteTemplate';

export type TestDatabaseKind = 'pglite' | 'postgres';

/** The databases this run covers: the embedded one always, a PostgreSQL server when npm test found one. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.SAMEN_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

let template: Promise<Blob> | null = null;
const pgliteTemplate = () => {
  template ??= loadTemplate();
  return template;
};

export interface TestDatabase {
  db: Database;
  kind: TestDatabaseKind;
  /** The PostgreSQL database's address, for other processes; null for the embedded one. */
  url: string | null;
  drop(): Promise<void>;
}

export async function createTestDatabase(kind: TestDatabaseKind = 'pglite'): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openDatabase({ dataDir: null, loadDataDir: await pgliteTemplate() });
    return { db, kind, url: null, drop: () => db.close() };
  }
  const empty = await createEmptyPostgres();
  const db = await openDatabase({ databaseUrl: empty.url, poolSize: 4 });
  await migrate(db);
  return {
    db,
    kind,
    url: empty.url,
    async drop() {
      await db.close();
      await empty.drop();
    },
  };
}

/** A new empty database on the test PostgreSQL server, by URL, for tests that (re)connect. */
export async function createEmptyPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.SAMEN_TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('SAMEN_TEST_DATABASE_URL is not set');
  const name = `samen_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/**
 * Registers a suite once per database this run covers, each with a fresh migrated database.
 * Use it for every use-case and API test, so the PostgreSQL path is tested as much as the
 * embedded one.
 */
export function describeEachDatabase(
  name: string,
  body: (get: () => Database, kind: TestDatabaseKind) => void,
) {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let current: TestDatabase | null = null;
      beforeAll(async () => {
        current = await createTestDatabase(kind);
      });
      afterAll(async () => {
        await current?.drop();
      });
      body(() => {
        if (!current) throw new Error('test database not ready');
        return current.db;
      }, kind);
    });
  }
}

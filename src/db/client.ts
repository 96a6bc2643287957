import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './lock';

/** What repositories see: a query function, whether inside a transaction or not. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database extends Sql {
  readonly kind: DatabaseKind;
  /** Runs fn in one transaction: all of it is written, or none of it. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Embedded database only: a tarball of its data folder, to open copies of it quickly. */
  dumpDataDir?(): Promise<Blob>;
}

// Both drivers hand back the same JavaScript values: dates as 'YYYY-MM-DD' strings (a calendar
// day has no time zone), 64-bit counts as numbers, timestamps as Date.
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const identity = (value: string) => value;

pg.types.setTypeParser(DATE_OID, identity);
pg.types.setTypeParser(INT8_OID, (value) => Number(value));
pg.types.setTypeParser(NUMERIC_OID, (value) => Number(value));

export interface OpenOptions {
  /** postgres://… for a PostgreSQL server; otherwise the embedded database. */
  databaseUrl?: string | null;
  /** Folder of the embedded database; null keeps it in memory (tests). */
  dataDir?: string | null;
  /** A tarball of a data folder to start from (fast test databases). */
  loadDataDir?: Blob;
  /** Who holds the embedded database, shown to a second process that is refused. */
  holder?: string;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ends (a restart, a terminated backend) is dropped from the
  // pool and replaced on next use; unhandled, its error event would end the whole process.
  pool.on('error', () => undefined);
  // Fail now, with the server's reason, rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  const query = async <T>(
    client: pg.Pool | pg.PoolClient,
    text: string,
    params?: readonly unknown[],
  ) => (await client.query(text, params as unknown[])).rows as T[];
  return {
    kind: 'postgres',
    query: (text, params) => query(pool, text, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // One connection runs one statement at a time: use cases that read several things at
        // once (Promise.all) are queued here rather than by pg, which deprecates doing so.
        let queue: Promise<unknown> = Promise.resolve();
        const result = await fn({
          query: <T>(text: string, params?: readonly unknown[]) => {
            const next = queue.then(() => query<T>(client, text, params));
            queue = next.catch(() => undefined);
            return next;
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(options: OpenOptions): Promise<Database> {
  let lock: DataDirLock | null = null;
  if (options.dataDir) lock = acquireDataDirLock(options.dataDir, options.holder ?? 'samen');
  try {
    const db = await PGlite.create(options.dataDir ? options.dataDir : undefined, {
      extensions: { pg_trgm },
      loadDataDir: options.loadDataDir,
      parsers: {
        [pgliteTypes.DATE]: identity,
        [pgliteTypes.INT8]: (value: string) => Number(value),
        [pgliteTypes.NUMERIC]: (value: string) => Number(value),
      },
    });
    return pgliteDatabase(db, async () => {
      await db.close();
      lock?.release();
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
}

function pgliteDatabase(db: PGlite, close: () => Promise<void>): Database {
  return {
    kind: 'pglite',
    query: async (text, params) => (await db.query(text, params as unknown[])).rows as never,
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          query: async (text, params) => (await tx.query(text, params as unknown[])).rows as never,
        }),
      ),
    close,
    dumpDataDir: () => db.dumpDataDir('none'),
  };
}

/** Answers when the database does: the health check's probe. */
export async function pingDatabase(sql: Sql): Promise<void> {
  await sql.query('select 1');
}

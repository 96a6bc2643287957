import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './client';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any fixed number: instances starting together on one PostgreSQL wait for each other here.
const MIGRATION_LOCK_KEY = 7_262_736;

export interface Migration {
  id: string;
  sql: string;
}

export function listMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => /^\d{8}_\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
    .map((name) => ({
      id: name.replace(/\.sql$/, ''),
      sql: readFileSync(join(dir, name), 'utf8'),
    }));
}

/** Applies the migrations not yet applied, in order, each in its own transaction. */
export async function migrate(
  db: Database,
  migrations: Migration[] = listMigrations(),
): Promise<string[]> {
  await db.query(
    `create table if not exists schema_migrations (
       id text primary key,
       applied_at timestamptz not null default now()
     )`,
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      if (db.kind === 'postgres')
        await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const rows = await tx.query('select 1 from schema_migrations where id = $1', [migration.id]);
      if (rows.length > 0) return false;
      await execScript(tx, migration.sql);
      await tx.query('insert into schema_migrations (id) values ($1)', [migration.id]);
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}

/** Splits a migration into statements; migrations keep one statement per `;`-ended paragraph. */
async function execScript(tx: { query: Database['query'] }, sql: string): Promise<void> {
  for (const statement of splitStatements(sql)) await tx.query(statement);
}

export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let dollar: string | null = null;
  for (const line of sql.split('\n')) {
    const trimmed = line.trim();
    if (!dollar && (trimmed.startsWith('--') || trimmed === '')) {
      if (current) current += '\n';
      continue;
    }
    current += `${line}\n`;
    for (const match of line.matchAll(/\$[a-z_]*\$/g))
      dollar = dollar === match[0] ? null : (dollar ?? match[0]);
    if (!dollar && trimmed.endsWith(';')) {
      statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../src/db/client';
import { listMigrations, migrate } from '../src/db/migrate';

// Creating a PGlite database costs seconds; loading a migrated copy well under one. The migrated
// template is made once for the whole run (vitest's global setup) and kept in a file named after
// the migrations, so every test file in every worker starts from a copy.
export function templateFile(): string {
  const hash = createHash('sha256');
  for (const migration of listMigrations()) hash.update(migration.id).update(migration.sql);
  return join(process.cwd(), '.tmp', `pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
}

export async function ensureTemplateFile(): Promise<string> {
  const file = templateFile();
  if (existsSync(file)) return file;
  const db = await openDatabase({ dataDir: null });
  await migrate(db);
  const blob = await db.dumpDataDir!();
  await db.close();
  mkdirSync(join(process.cwd(), '.tmp'), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
  renameSync(partial, file);
  return file;
}

export async function loadTemplate(): Promise<Blob> {
  return new Blob([readFileSync(await ensureTemplateFile())]);
}

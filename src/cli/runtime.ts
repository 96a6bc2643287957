import pino, { type Logger } from 'pino';
import type { Config } from '../config';
import { type Database, openDatabase } from '../db/client';
import { migrate } from '../db/migrate';

export function createLogger(config: Config): Logger {
  return pino({ level: config.logLevel, base: { service: 'samen' } });
}

/** Opens the configured database (taking the embedded one's lock) and brings its schema up to date. */
export async function openMigratedDatabase(config: Config, holder: string): Promise<Database> {
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? null : config.dataDir,
    holder,
  });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

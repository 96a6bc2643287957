import type { Config } from '../../config';
import { openDatabase } from '../../db/client';
import { migrate } from '../../db/migrate';

export async function migrateCommand(config: Config): Promise<number> {
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? null : config.dataDir,
    holder: 'samen migrate',
  });
  try {
    const applied = await migrate(db);
    process.stdout.write(
      applied.length
        ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`
        : 'The schema is up to date.\n',
    );
    return 0;
  } finally {
    await db.close();
  }
}

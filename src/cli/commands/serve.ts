import type { Config } from '../../config';
import { buildServer } from '../../http/server';
import { createTranslator } from '../../i18n/catalog';
import { startBackgroundWork } from '../../jobs/background';
import { createLogger, openMigratedDatabase } from '../runtime';
import { version } from '../version';

/**
 * Serves the API and web app and runs background jobs until SIGTERM or SIGINT, then finishes
 * requests and running jobs and closes the database.
 */
export async function serveCommand(config: Config): Promise<number> {
  const logger = createLogger(config);
  const started = Date.now();
  const db = await openMigratedDatabase(config, `server on port ${config.port}`);
  const translator = await createTranslator();
  const now = () => new Date();
  const background = startBackgroundWork({ db, config, translator, log: logger, now });
  const { mailer } = background;
  const app = await buildServer({ config, db, translator, now, version, mailer }, { logger });
  let stopping: Promise<void> | null = null;
  const stop = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, 'shutting down');
      await app.close();
      // Running jobs finish (their transactions commit) before the database closes.
      await background.stop();
      await db.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  await app.listen({ port: config.port, host: config.host });
  logger.info(
    { url: config.publicUrl, database: db.kind, ms: Date.now() - started },
    `Samen ${version} is ready at ${config.publicUrl}`,
  );
  return new Promise<number>((resolve) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        stop(signal).then(
          () => resolve(0),
          (error) => {
            logger.error({ err: error }, 'shutdown failed');
            resolve(1);
          },
        );
      });
    }
  });
}

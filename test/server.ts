import { createLogger } from '../src/cli/runtime';
import { version } from '../src/cli/version';
import { loadConfig } from '../src/config';
import type { Database } from '../src/db/client';
import { type App, buildServer } from '../src/http/server';
import { createTranslator, type Translator } from '../src/i18n/catalog';
import { type BackgroundWork, startBackgroundWork } from '../src/jobs/background';
import type { Mailer } from '../src/mail/mailer';

let translator: Promise<Translator> | null = null;

export interface TestServer {
  app: App;
  /** Moves the server's clock: tests of expiry and rate limits set it. */
  setNow(date: Date): void;
  /** The server's mailer; `await mailer.idle()` waits until mails sent so far left. */
  mailer: Mailer;
  /** The job runner and mailer over this server's database. */
  background: BackgroundWork;
}

/** The real server over a test database, driven with app.inject (no port needed). */
export async function startTestServer(
  db: Database,
  env: Record<string, string> = {},
): Promise<TestServer> {
  translator ??= createTranslator();
  let now: Date | null = null;
  const config = loadConfig({ NODE_ENV: 'test', SAMEN_WEB_DIR: '.tmp/no-web', ...env });
  const clock = () => now ?? new Date();
  const background = startBackgroundWork({
    db,
    config,
    translator: await translator,
    log: createLogger(config),
    now: clock,
  });
  const { mailer } = background;
  const app = await buildServer({
    config,
    db,
    translator: await translator,
    now: clock,
    version,
    mailer,
  });
  app.addHook('onClose', () => background.stop());
  await app.ready();
  return {
    app,
    setNow: (date) => {
      now = date;
    },
    mailer,
    background,
  };
}

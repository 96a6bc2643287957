import { readFile } from 'node:fs/promises';
import { ConfigError, loadConfig } from '../config';
import { DataDirInUseError } from '../db/lock';
import { demoCommand } from './commands/demo';
import { importCommand } from './commands/import';
import { matchCommand } from './commands/match';
import { migrateCommand } from './commands/migrate';
import { serveCommand } from './commands/serve';
import { version } from './version';

const USAGE = `Samen ${version}: social workplace learning

Usage: samen <command> [options]

Commands:
  serve                 serve the web app and API (PORT, SAMEN_DATA_DIR, DATABASE_URL)
  migrate               bring the database schema up to date
  demo                  create a demo organisation (--people N --seed S --name "…")
  import <file.csv>     import people from a CSV file (--dry-run, --skip-invalid, --organisation ID)
  match solve --input F solve a low-level matching problem (JSON; see docs/matching.md)
  help                  show this text

Configuration is read from the environment; see README.md.`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  serve: async () => serveCommand(loadConfig()),
  migrate: async () => migrateCommand(loadConfig()),
  demo: async (args) => demoCommand(loadConfig(), args),
  import: async (args) => importCommand(loadConfig(), args),
  match: async (args) =>
    matchCommand(args, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      readFile: (path) => readFile(path, 'utf8'),
    }),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command(args);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirInUseError) {
      process.stderr.write(`samen ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

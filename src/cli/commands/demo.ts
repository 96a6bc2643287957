/**
 * `samen demo --people N --seed S [--name "…"]`: creates a demo organisation in the configured
 * database and prints the accounts to sign in with. Exit codes: 0 created, 2 bad usage,
 * 1 anything else (such as the embedded database being in use by a running server).
 */
import { parseArgs } from 'node:util';
import { createDemoOrganisation } from '../../app/demo/createDemoOrganisation';
import type { Config } from '../../config';
import { MAX_DEMO_PEOPLE, MIN_DEMO_PEOPLE } from '../../domain/demo/generateDemoOrganisation';
import { type CommandIo, processIo } from '../commandIo';
import { openMigratedDatabase } from '../runtime';

const USAGE = `Usage: samen demo [--people N] [--seed S] [--name "Company name"]

Creates a demo organisation: a Belgian company with teams, managers, hybrid work weeks, skills
and learning goals, the same one for the same seed.
  --people N   how many people, ${MIN_DEMO_PEOPLE} to ${MAX_DEMO_PEOPLE} (default 250)
  --seed S     a whole number choosing the company (default 1)
  --name TEXT  the organisation's name (default "Brugwerk (demo)")`;

type Parsed = { people: number; seed: number; name?: string } | { help: true } | { error: string };

function parse(args: string[]): Parsed {
  let values: { people?: string; seed?: string; name?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        people: { type: 'string', short: 'n' },
        seed: { type: 'string', short: 's' },
        name: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return { help: true };
  const people = wholeNumber(values.people ?? '250');
  if (people === null || people < MIN_DEMO_PEOPLE || people > MAX_DEMO_PEOPLE) {
    return {
      error: `--people must be a whole number from ${MIN_DEMO_PEOPLE} to ${MAX_DEMO_PEOPLE}, not "${values.people}".`,
    };
  }
  const seed = wholeNumber(values.seed ?? '1');
  if (seed === null || Math.abs(seed) > 2 ** 31) {
    return { error: `--seed must be a whole number, not "${values.seed}".` };
  }
  const name = values.name?.trim();
  if (values.name !== undefined && (!name || name.length > 200)) {
    return { error: '--name must be 1 to 200 characters.' };
  }
  return { people, seed, name };
}

function wholeNumber(text: string): number | null {
  if (!/^-?\d+$/.test(text.trim())) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}

export async function demoCommand(
  config: Config,
  args: string[],
  io: CommandIo = processIo,
): Promise<number> {
  const parsed = parse(args);
  if ('help' in parsed) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if ('error' in parsed) {
    io.stderr(`samen demo: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  const db = await openMigratedDatabase(config, 'samen demo');
  try {
    const started = Date.now();
    const demo = await createDemoOrganisation(db, parsed);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const { employee, manager, admin } = demo.accounts;
    io.stdout(
      `Created a demo organisation of ${parsed.people} people (seed ${parsed.seed}) in ${seconds} s.\n\n` +
        `Sign in at ${config.publicUrl} with the password ${demo.password}:\n` +
        `  employee  ${employee.email}\n` +
        `  manager   ${manager.email}\n` +
        `  admin     ${admin.email}\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

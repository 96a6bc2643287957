/**
 * `samen import people.csv [--dry-run] [--skip-invalid] [--organisation <id>]`: imports people
 * from an HR export (docs/import.md). Exit codes: 0 imported, 1 the file has errors (nothing
 * written unless --skip-invalid) or anything else failed, 2 bad usage.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Actor } from '../../app/actor';
import { importPeople } from '../../app/people/importPeople';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { BulkImportRepository } from '../../db/repositories/bulkImport';
import { ImportSnapshotRepository } from '../../db/repositories/importSnapshot';
import { OrganisationCatalogRepository } from '../../db/repositories/organisationCatalog';
import { createTranslator } from '../../i18n/catalog';
import { importIssueMessage } from '../../i18n/importIssueMessage';
import { type CommandIo, processIo } from '../commandIo';
import { openMigratedDatabase } from '../runtime';

const USAGE = `Usage: samen import <people.csv> [--dry-run] [--skip-invalid] [--organisation <id>]

Imports people from a CSV file (columns in docs/import.md): creates new people, updates known
ones (by external_id, else e-mail), creates teams and sites by name and sets managers.
  --dry-run           check the file and say what would change, without changing anything
  --skip-invalid      import the good lines even if others have errors
  --organisation ID   the organisation to import into; needed when there is more than one`;

interface Options {
  file: string;
  dryRun: boolean;
  skipInvalid: boolean;
  organisation?: string;
}

function parse(args: string[]): Options | { help: true } | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: {
        'dry-run': { type: 'boolean' },
        'skip-invalid': { type: 'boolean' },
        organisation: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
    if (values.help) return { help: true };
    if (positionals.length !== 1) return { error: 'give exactly one CSV file.' };
    return {
      file: positionals[0],
      dryRun: values['dry-run'] ?? false,
      skipInvalid: values['skip-invalid'] ?? false,
      organisation: values.organisation,
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export async function importCommand(
  config: Config,
  args: string[],
  io: CommandIo = processIo,
): Promise<number> {
  const usage = (message: string) => {
    io.stderr(`samen import: ${message}\n\n${USAGE}\n`);
    return 2;
  };
  const options = parse(args);
  if ('help' in options) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if ('error' in options) return usage(options.error);
  let csv: string;
  try {
    csv = await readFile(options.file, 'utf8');
  } catch (error) {
    return usage(`cannot read ${options.file}: ${(error as NodeJS.ErrnoException).code ?? error}.`);
  }

  const db = await openMigratedDatabase(config, 'samen import');
  try {
    const organisation = await chooseOrganisation(db, options.organisation);
    if ('error' in organisation) {
      io.stderr(`samen import: ${organisation.error}\n`);
      return 2;
    }
    // Whoever runs the command line operates the installation: they act as an admin of the
    // organisation, without being one of its people.
    const actor: Actor = {
      personId: '',
      organisationId: organisation.id,
      role: 'admin',
      locale: 'en',
      name: 'samen import',
      email: '',
      isDemoOrganisation: organisation.isDemo,
    };
    const report = await db.transaction((tx) =>
      importPeople(
        {
          snapshot: new ImportSnapshotRepository(tx, organisation.id),
          writer: new BulkImportRepository(tx, organisation.id),
        },
        actor,
        { csv, dryRun: options.dryRun, skipInvalid: options.skipInvalid },
      ),
    );

    const translator = await createTranslator();
    const verb = options.dryRun ? 'would be ' : '';
    io.stdout(
      `${options.file} → ${organisation.name}: ${people(report.rows)} in the file; ` +
        `${report.created} ${verb}created, ${report.updated} ${verb}updated, ` +
        `${report.unchanged} unchanged, ${report.skipped} skipped.\n`,
    );
    if (report.unknownColumns.length > 0) {
      io.stdout(`Columns ignored (unknown): ${report.unknownColumns.join(', ')}\n`);
    }
    for (const issue of report.errors) {
      io.stderr(`line ${issue.line}: ${importIssueMessage(translator, 'en', issue)}\n`);
    }
    if (report.errors.length > 0 && !options.skipInvalid) {
      io.stderr(
        `Nothing ${options.dryRun ? 'would be' : 'was'} imported: fix the lines above, or use --skip-invalid to import the others.\n`,
      );
    }
    if (options.dryRun) io.stdout('Dry run: nothing was changed.\n');
    return report.errors.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;

async function chooseOrganisation(
  db: Database,
  requested: string | undefined,
): Promise<{ id: string; name: string; isDemo: boolean } | { error: string }> {
  const all = await new OrganisationCatalogRepository(db).list();
  const listing = all
    .map((o) => `  ${o.id}  ${o.name} (${o.isDemo ? 'demo, ' : ''}${people(o.people)})`)
    .join('\n');
  if (requested !== undefined) {
    const found = all.find((o) => o.id === requested);
    if (found) return found;
    return { error: `there is no organisation ${requested}. The organisations are:\n${listing}` };
  }
  const real = all.filter((o) => !o.isDemo);
  if (real.length === 1) return real[0];
  if (real.length === 0 && all.length === 0) {
    return {
      error:
        'there is no organisation to import into yet. Start Samen (npm start) and create yours first.',
    };
  }
  return { error: `choose the organisation with --organisation <id>:\n${listing}` };
}

import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPerson } from '../../../test/factories';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/client';
import { DataDirInUseError } from '../../db/lock';
import { migrate } from '../../db/migrate';
import { importCommand } from './import';

// A fresh process opens a fresh embedded database: seconds alone, much longer on a busy machine.
const SPAWN_TIMEOUT = 120_000;
const root = join(import.meta.dirname, '../../..');
const example = join(root, 'docs/people-example.csv');

async function samen(args: string[], dataDir: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(root, 'bin/samen.mjs'), ...args],
      { env: { ...process.env, SAMEN_DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'test' } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

describe('samen import', () => {
  let dir: string;
  let organisationId: string;

  const inDir = async <T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) => {
    const db = await openDatabase({ dataDir: dir });
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };
  const command = async (args: string[]) => {
    const output = { stdout: '', stderr: '' };
    const code = await importCommand(loadConfig({ SAMEN_DATA_DIR: dir, NODE_ENV: 'test' }), args, {
      stdout: (text) => {
        output.stdout += text;
      },
      stderr: (text) => {
        output.stderr += text;
      },
    });
    return { code, ...output };
  };
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const peopleCount = () =>
    inDir(async (db) => {
      const [row] = await db.query<{ n: number }>(
        'select count(*) as n from people where organisation_id = $1',
        [organisationId],
      );
      return row.n;
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samen-import-'));
    organisationId = await inDir(async (db) => {
      await migrate(db);
      const organisation = await createOrganisation(db, { name: 'Brugge BV' });
      await createPerson(db, organisation.id, { role: 'admin', email: 'admin@example.be' });
      await createOrganisation(db, { name: 'A demo', isDemo: true });
      return organisation.id;
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'imports the example file into the only real organisation, and again changes nothing',
    async () => {
      const first = await samen(['import', example], dir);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('Brugge BV: 7 people in the file; 7 created, 0 updated');
      const again = await samen(['import', example], dir);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('0 created, 0 updated, 7 unchanged, 0 skipped');
      expect(await peopleCount()).toBe(8);
    },
    SPAWN_TIMEOUT,
  );

  it('prints each error as "line N: reason", writes nothing and exits with 1', async () => {
    const path = file(
      'bad.csv',
      'email,name,manager_email,start_date\nbad,X,,\nok@example.be,Ok,nobody@example.be,2020-31-01\nfine@example.be,Fine,,\n',
    );
    const result = await command([path]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'line 2: “bad” is not a valid e-mail address (e-mail).',
      'line 3: “2020-31-01” is not a date; write YYYY-MM-DD or DD/MM/YYYY.',
      'line 3: Manager nobody@example.be is neither in the file nor in Samen.',
      'Nothing was imported: fix the lines above, or use --skip-invalid to import the others.',
      '',
    ]);
    expect(await peopleCount()).toBe(8);

    const dry = await command([path, '--dry-run', '--skip-invalid']);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('1 would be created');
    expect(dry.stdout).toContain('Dry run: nothing was changed.');
    expect(await peopleCount()).toBe(8);

    const skipping = await command([path, '--skip-invalid']);
    expect(skipping.code).toBe(1);
    expect(skipping.stdout).toContain('1 created, 0 updated, 0 unchanged, 2 skipped');
    expect(await peopleCount()).toBe(9);
  });

  it('mentions unknown columns and takes an organisation by id', async () => {
    const demoId = await inDir(async (db) => {
      const [row] = await db.query<{ id: string }>('select id from organisations where is_demo');
      return row.id;
    });
    const path = file('extra.csv', 'email;name;shoe size\nx@example.be;X;42\n');
    const result = await command([path, '--organisation', demoId]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('A demo: 1 person in the file; 1 created');
    expect(result.stdout).toContain('Columns ignored (unknown): shoe size');
    expect(await peopleCount()).toBe(9);
  });

  it.each([
    [[], 'give exactly one CSV file.'],
    [['a.csv', 'b.csv'], 'give exactly one CSV file.'],
    [['--dry-run'], 'give exactly one CSV file.'],
    [['people.csv', '--fast'], "Unknown option '--fast'"],
    [['does-not-exist.csv'], 'cannot read does-not-exist.csv: ENOENT.'],
  ])('answers bad usage %j with exit code 2', async (args, message) => {
    const result = await command(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`samen import: ${message}`);
  });

  it('asks which organisation when it cannot tell, and refuses one that does not exist', async () => {
    await inDir((db) => createOrganisation(db, { name: 'Second BV' }));
    const result = await command([example]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('choose the organisation with --organisation <id>:');
    expect(result.stderr).toContain(`${organisationId}  Brugge BV (9 people)`);
    const unknown = await command([example, '--organisation', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('there is no organisation nope.');
  });

  it('refuses while a server holds the embedded database', async () => {
    const server = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      writeFileSync(
        join(dir, 'samen.lock'),
        JSON.stringify({ pid: server.pid, holder: 'server on port 3000' }),
      );
      await expect(command([example])).rejects.toBeInstanceOf(DataDirInUseError);
      rmSync(join(dir, 'samen.lock'));
    } finally {
      server.kill();
    }
  });
});

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/client';
import { demoCommand } from './demo';

// A fresh process opens a fresh embedded database: seconds alone, much longer on a busy machine.
const SPAWN_TIMEOUT = 120_000;

const run = promisify(execFile);
const cli = join(import.meta.dirname, '../../../bin/samen.mjs');

async function samen(args: string[], dataDir: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], {
      env: { ...process.env, SAMEN_DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'test' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('samen demo', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'samen-demo-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const child of children.splice(0)) child.kill();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'creates the organisation in the embedded database and prints the sample accounts',
    async () => {
      const dir = freshDir();
      const result = await samen(
        ['demo', '--people', '30', '--seed', '4', '--name', 'Maas BV'],
        dir,
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('http://localhost:3000');
      expect(result.stdout).toContain('samen-demo');
      const emails = [
        ...result.stdout.matchAll(/^ {2}(employee|manager|admin) +(\S+@maas-bv\.example)$/gm),
      ];
      expect(emails.map((m) => m[1])).toEqual(['employee', 'manager', 'admin']);

      // The command let go of the data folder: it can be opened again.
      expect(existsSync(join(dir, 'samen.lock'))).toBe(false);
      const db = await openDatabase({ dataDir: dir });
      try {
        const people = await db.query<{ email: string; role: string }>(
          `select p.email, p.role from people p join organisations o on o.id = p.organisation_id
          where o.is_demo and o.name = 'Maas BV'`,
        );
        expect(people).toHaveLength(30);
        for (const [, role, email] of emails) {
          expect(people.find((p) => p.email === email)?.role).toBe(role);
        }
      } finally {
        await db.close();
      }
    },
    SPAWN_TIMEOUT,
  );

  it('refuses while a server holds the embedded database, saying what to do', async () => {
    const dir = freshDir();
    const server = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    children.push(server);
    writeFileSync(
      join(dir, 'samen.lock'),
      JSON.stringify({ pid: server.pid, holder: 'server on port 3000' }),
    );
    const result = await samen(['demo', '--people', '10'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `is in use by another Samen process (pid ${server.pid}: server on port 3000)`,
    );
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stdout).toBe('');
  });

  it.each([
    [['--people', 'many']],
    [['--people', '3']],
    [['--people', '200001']],
    [['--seed', '1.5']],
    [['--name', '']],
    [['--colour', 'blue']],
    [['extra']],
  ])('answers bad usage %j with exit code 2 and the usage', async (args) => {
    const output = { stdout: '', stderr: '' };
    const code = await demoCommand(loadConfig({ SAMEN_DATA_DIR: freshDir() }), args, {
      stdout: (text) => {
        output.stdout += text;
      },
      stderr: (text) => {
        output.stderr += text;
      },
    });
    expect(code).toBe(2);
    expect(output.stderr).toMatch(/^samen demo: .+\n\nUsage: samen demo/);
    expect(output.stdout).toBe('');
  });
});

import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite has no lock of its own: two processes on one data folder silently lose rows and break
 * indexes. A lock file holding the owner's pid keeps a second process out; a lock whose process
 * is gone (a crash, a kill -9) is taken over.
 */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly holder: string,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Samen process (pid ${pid}: ${holder}). ` +
        'Only one process may open it at a time. Stop that process first (Ctrl+C in its terminal, or ' +
        `kill ${pid}), or run this against a PostgreSQL server with DATABASE_URL=postgres://… so ` +
        'several processes can share one database.',
    );
  }
}

const LOCK_FILE = 'samen.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): { pid: number; holder: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown; holder?: unknown };
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, holder: typeof parsed.holder === 'string' ? parsed.holder : '?' };
  } catch {
    return null;
  }
}

export function acquireDataDirLock(dataDir: string, holder: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, holder, since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const current = readHolder(path);
        if (current?.pid === process.pid) unlinkSync(path);
        process.off('exit', release);
      };
      process.on('exit', release);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readHolder(path);
      if (current && current.pid !== process.pid && isAlive(current.pid)) {
        throw new DataDirInUseError(dataDir, current.pid, current.holder);
      }
      if (current?.pid === process.pid) {
        throw new DataDirInUseError(dataDir, current.pid, `${current.holder} (this process)`);
      }
      // The holder is gone, or is writing the file this instant: a stale file is removed and
      // the exclusive create tried again, so of two racing processes only one wins.
      if (current) {
        try {
          unlinkSync(path);
        } catch {
          // another process removed it first
        }
      } else {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      }
    }
  }
  const current = readHolder(path);
  throw new DataDirInUseError(dataDir, current?.pid ?? -1, current?.holder ?? 'unknown');
}

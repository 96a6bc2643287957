import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = new URL('../..', import.meta.url).pathname;
const cacheRoot = join(root, '.tmp', 'e2e-web');
const STALE_LOCK_MS = 3 * 60_000;

/** Fingerprint of everything the web build reads: any change in src/ means a new build. */
function sourceFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else hash.update(`${path}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  walk(join(root, 'src'));
  for (const file of ['vite.config.ts', 'package-lock.json']) {
    const stat = statSync(join(root, file));
    hash.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The production build of the web app, made once per source state and shared by every journey
 * file (they run in separate processes; a lock folder keeps them from building twice at once).
 */
export async function webBuild(): Promise<string> {
  const outDir = join(cacheRoot, sourceFingerprint());
  const lock = `${outDir}.lock`;
  mkdirSync(cacheRoot, { recursive: true });
  for (;;) {
    if (existsSync(join(outDir, 'index.html')) && !existsSync(lock)) return outDir;
    try {
      mkdirSync(lock);
    } catch {
      // Another journey file is building; a lock left by a crashed run is taken over.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) {
        rmSync(lock, { recursive: true, force: true });
      }
      await sleep(250);
      continue;
    }
    try {
      if (!existsSync(join(outDir, 'index.html'))) {
        const result = spawnSync(
          process.execPath,
          [
            join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
            'build',
            '--config',
            'vite.config.ts',
            '--logLevel',
            'warn',
          ],
          {
            cwd: root,
            // The test runner sets NODE_ENV=test, which would give React's development build.
            env: { ...process.env, NODE_ENV: 'production', SAMEN_WEB_BUILD_DIR: outDir },
            encoding: 'utf8',
          },
        );
        if (result.status !== 0) {
          throw new Error(`The web build failed:\n${result.stdout}\n${result.stderr}`);
        }
        // Builds of earlier sources are never used again.
        for (const name of readdirSync(cacheRoot)) {
          const path = join(cacheRoot, name);
          const building = name.endsWith('.lock') || existsSync(`${path}.lock`);
          if (path !== outDir && !building) {
            rmSync(path, { recursive: true, force: true });
          }
        }
      }
      return outDir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

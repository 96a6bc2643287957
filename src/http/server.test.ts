import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { startTestServer } from '../../test/server';

describe('rate limit', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.drop();
  });

  it('limits the API but never the web app files a page load fetches', async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'samen-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Samen</title>');
    writeFileSync(join(webDir, 'app.js'), 'console.log(1)');
    const { app } = await startTestServer(testDb.db, { SAMEN_WEB_DIR: webDir });
    const statuses = new Set<number>();
    for (let i = 0; i < 620; i++) {
      statuses.add((await app.inject({ method: 'GET', url: '/app.js' })).statusCode);
    }
    expect([...statuses]).toEqual([200]);
    let limited = false;
    for (let i = 0; i < 620 && !limited; i++) {
      limited = (await app.inject({ method: 'GET', url: '/api/health' })).statusCode === 429;
    }
    expect(limited).toBe(true);
    await app.close();
  });
});

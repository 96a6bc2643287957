import { beforeAll, describe, expect, it } from 'vitest';
import { accessCases } from './access';
import type { AccessCase } from './access/cases';
import { buildWorld, type Caller, callers, organisationDigest, type World } from './access/world';
import { describeEachDatabase } from './database';
import { startTestServer, type TestServer } from './server';

/*
 * The access matrix: every endpoint in `test/access/` called by each kind of caller, with the
 * status each must get. On top of the statuses: a caller from outside the organisation (the
 * other organisation's admin, or nobody) never changes anything in it and never sees any of
 * it; and the main organisation's admin, given the other organisation's ids, finds nothing.
 */

const caseName = (c: AccessCase) => `${c.method} ${c.url}`;

describeEachDatabase('access matrix', (db) => {
  let server: TestServer;
  let world: World;

  beforeAll(async () => {
    server = await startTestServer(db());
    world = await buildWorld(db());
  });

  /** What the main organisation's data looks like in a response that should have none of it. */
  const mainMarkers = (target: string | null) => [
    world.main.organisationId,
    world.main.employee.id,
    world.main.employee.name,
    world.main.manager.id,
    world.main.admin.id,
    world.main.team.id,
    world.main.site.id,
    world.main.skill.id,
    'Main organisation',
    ...(target ? [target] : []),
  ];

  async function call(c: AccessCase, caller: Caller, id: string | null) {
    const headers = caller === 'signedOut' ? {} : world.sessions[caller].headers;
    return server.app.inject({
      method: c.method,
      url: id ? c.url.replace(':id', id) : c.url,
      headers,
      payload: c.body?.(world),
    });
  }

  for (const accessCase of accessCases) {
    describe(caseName(accessCase), () => {
      for (const caller of callers) {
        const status = accessCase.expect[caller];
        it(`as ${caller} → ${status}`, async () => {
          const target = accessCase.target ? await accessCase.target(world) : null;
          const outsider = caller === 'otherOrg' || caller === 'signedOut';
          const before = outsider ? await organisationDigest(db(), world.main.organisationId) : '';
          const response = await call(accessCase, caller, target);
          expect(response.statusCode, response.body).toBe(status);
          if (outsider) {
            expect(await organisationDigest(db(), world.main.organisationId)).toBe(before);
            for (const marker of mainMarkers(target)) expect(response.body).not.toContain(marker);
          }
          if (accessCase.check && response.statusCode < 300) {
            accessCase.check(caller, response.json(), world);
          }
        });
      }
    });
  }

  describe("another organisation's things by id", () => {
    for (const accessCase of accessCases.filter((c) => c.kind)) {
      it(`${caseName(accessCase)} with the other organisation's ${accessCase.kind} → 404`, async () => {
        const before = await organisationDigest(db(), world.other.organisationId);
        const response = await call(accessCase, 'admin', world.foreign[accessCase.kind!]);
        expect(response.statusCode, response.body).toBe(404);
        expect(response.json().error.code).toBe('not_found');
        expect(await organisationDigest(db(), world.other.organisationId)).toBe(before);
      });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { startTestServer } from '../../../test/server';

describeEachDatabase('GET /api/health', (db, kind) => {
  it('answers ok with the database kind and version', async () => {
    const server = await startTestServer(db());
    const response = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: kind,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    await server.app.close();
  });
});

describe('errors', () => {
  it('answers an unknown API path with a localised not_found error', async () => {
    const { createTestDatabase } = await import('../../../test/database');
    const testDb = await createTestDatabase();
    const server = await startTestServer(testDb.db);
    const nl = await server.app.inject({
      method: 'GET',
      url: '/api/v1/nothing',
      headers: { 'accept-language': 'nl-BE,nl;q=0.9' },
    });
    expect(nl.statusCode).toBe(404);
    expect(nl.json().error.code).toBe('not_found');
    expect(nl.json().error.message).toMatch(/Niet gevonden \(pagina\)/);
    const en = await server.app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(en.json().error.message).toMatch(/Not found \(page\)/);
    await server.app.close();
    await testDb.drop();
  });
});

describe('error mapping', () => {
  it('lists only real choices for an optional enum and maps a unique violation to 409', async () => {
    const { fieldErrorsFromValidation, toAppError } = await import('../errors');
    const [field] = fieldErrorsFromValidation(
      [
        {
          instancePath: '/seniority',
          keyword: 'enum',
          params: { allowedValues: ['junior', 'senior', null] },
        },
      ],
      'body',
    );
    expect(field).toEqual({
      field: 'seniority',
      code: 'one_of',
      params: { allowed: 'junior, senior' },
    });
    const conflict = toAppError(Object.assign(new Error('duplicate key'), { code: '23505' }));
    expect(conflict.status).toBe(409);
    expect(conflict.code).toBe('conflict');
  });
});

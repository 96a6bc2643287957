import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createOrganisation, createPerson } from '../../../test/factories';
import { createPersonWithPassword, PASSWORD } from '../../../test/signIn';
import type { Database } from '../../db/client';
import { SignInRepository } from '../../db/repositories/accounts';
import { LoginAttemptRepository } from '../../db/repositories/loginAttempts';
import { SessionRepository } from '../../db/repositories/sessions';
import { AppError } from '../errors';
import { argon2Checks, hashPassword, type PasswordChecks, verifyPassword } from './password';
import { hashToken } from './secrets';
import { signIn } from './signIn';

const deps = (db: Database, now: Date) => ({
  accounts: new SignInRepository(db),
  attempts: new LoginAttemptRepository(db),
  sessions: new SessionRepository(db),
  now,
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error) => (error instanceof AppError ? error.code : String(error)),
  );

describe('password hashing', () => {
  it('uses argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('a long enough password');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'a long enough password')).toBe(true);
    expect(await verifyPassword(hash, 'another password')).toBe(false);
    expect(await verifyPassword('not a hash', 'a long enough password')).toBe(false);
  });
});

describeEachDatabase('signIn', (db) => {
  it('starts a session for the right password, whatever the case of the address', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id, { email: 'ann@signin.test' });
    const now = new Date();
    const result = await signIn(deps(db(), now), {
      email: ' Ann@SignIn.test ',
      password: PASSWORD,
    });
    expect(result).toMatchObject({ organisationId: org.id, personId: person.id });
    const session = await new SessionRepository(db()).findActive(
      hashToken(result.session.token),
      now,
    );
    expect(session?.actor.personId).toBe(person.id);
    expect(session?.csrfToken).toBe(result.session.csrfToken);
    expect(result.session.expiresAt.getTime() - now.getTime()).toBe(14 * 24 * 60 * 60_000);
  });

  it('refuses a wrong password, an unknown address and a person without a password alike', async () => {
    const org = await createOrganisation(db());
    await createPersonWithPassword(db(), org.id, { email: 'bob@signin.test' });
    await createPerson(db(), org.id, { email: 'nopass@signin.test' });
    const now = new Date();
    for (const input of [
      { email: 'bob@signin.test', password: 'wrong password' },
      { email: 'nobody@signin.test', password: PASSWORD },
      { email: 'nopass@signin.test', password: PASSWORD },
    ]) {
      expect(await codeOf(signIn(deps(db(), now), input))).toBe('invalid_credentials');
    }
  });

  it('spends one argon2 check on an unknown address, as on a wrong password', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id, { email: 'timed@signin.test' });
    const counted = () => {
      const count = { checks: 0 };
      const passwords: PasswordChecks = {
        verify: (hash, password) => {
          count.checks++;
          return argon2Checks.verify(hash, password);
        },
        spend: (password) => {
          count.checks++;
          return argon2Checks.spend(password);
        },
      };
      return { count, passwords };
    };
    const wrong = counted();
    await signIn(
      { ...deps(db(), new Date()), passwords: wrong.passwords },
      { email: person.email, password: 'wrong password' },
    ).catch(() => undefined);
    const unknown = counted();
    await signIn(
      { ...deps(db(), new Date()), passwords: unknown.passwords },
      { email: 'unknown@signin.test', password: 'wrong password' },
    ).catch(() => undefined);
    expect(wrong.count.checks).toBe(1);
    expect(unknown.count.checks).toBe(1);
  });

  it('refuses people who were deactivated', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id, { email: 'gone@signin.test' });
    await db().query("update people set status = 'inactive' where id = $1", [person.id]);
    expect(
      await codeOf(signIn(deps(db(), new Date()), { email: person.email, password: PASSWORD })),
    ).toBe('invalid_credentials');
  });

  it('finds the organisation whose account the password belongs to', async () => {
    const first = await createOrganisation(db());
    const second = await createOrganisation(db());
    await createPerson(db(), first.id, {
      email: 'twice@signin.test',
      passwordHash: await hashPassword('the first password'),
    });
    const other = await createPersonWithPassword(db(), second.id, { email: 'twice@signin.test' });
    const result = await signIn(deps(db(), new Date()), {
      email: 'twice@signin.test',
      password: PASSWORD,
    });
    expect(result).toMatchObject({ organisationId: second.id, personId: other.id });
  });

  it('pauses an address after five failures in fifteen minutes, even for the right password', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id, { email: 'guess@signin.test' });
    const start = new Date('2026-11-26T09:00:00Z');
    for (let minute = 0; minute < 5; minute++) {
      const at = new Date(start.getTime() + minute * 60_000);
      expect(await codeOf(signIn(deps(db(), at), { email: person.email, password: 'nope' }))).toBe(
        'invalid_credentials',
      );
    }
    const later = new Date(start.getTime() + 6 * 60_000);
    const blocked = await signIn(deps(db(), later), {
      email: person.email,
      password: PASSWORD,
    }).catch((error: AppError) => error);
    expect(blocked).toBeInstanceOf(AppError);
    expect(blocked).toMatchObject({ code: 'too_many_attempts', params: { minutes: 9 } });
    // Once the first failure is fifteen minutes old, the right password works again.
    const reopened = new Date(start.getTime() + 15 * 60_000 + 1);
    expect(
      await codeOf(signIn(deps(db(), reopened), { email: person.email, password: PASSWORD })),
    ).toBe('ok');
  });

  it('counts failures only since the last successful sign-in', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id, { email: 'again@signin.test' });
    const start = new Date('2026-11-26T10:00:00Z');
    const at = (minute: number) => new Date(start.getTime() + minute * 60_000);
    for (const minute of [0, 1, 2, 3]) {
      await codeOf(signIn(deps(db(), at(minute)), { email: person.email, password: 'nope' }));
    }
    expect(
      await codeOf(signIn(deps(db(), at(4)), { email: person.email, password: PASSWORD })),
    ).toBe('ok');
    expect(await codeOf(signIn(deps(db(), at(5)), { email: person.email, password: 'nope' }))).toBe(
      'invalid_credentials',
    );
  });

  it('counts attempts made at the same moment against each other', async () => {
    const org = await createOrganisation(db());
    const person = await createPersonWithPassword(db(), org.id, { email: 'burst@signin.test' });
    const now = new Date();
    const codes = await Promise.all(
      Array.from({ length: 12 }, () =>
        codeOf(signIn(deps(db(), now), { email: person.email, password: 'nope' })),
      ),
    );
    expect(codes.filter((code) => code === 'invalid_credentials').length).toBeLessThanOrEqual(5);
    expect(codes.filter((code) => code === 'too_many_attempts').length).toBeGreaterThanOrEqual(7);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import {
  actorFor,
  createOrganisation,
  createPerson,
  type PersonRow,
} from '../../../test/factories';
import {
  createProgrammeRow,
  enrol,
  keepingMailer,
  roundDeps,
} from '../../../test/programmeFactories';
import type { Round } from '../../contracts/rounds';
import type { Database } from '../../db/client';
import { PairingBlockRepository } from '../../db/repositories/pairingBlocks';
import type { Mailer } from '../../mail/mailer';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { discardRound } from './discardRound';
import { getCurrentRound } from './getCurrentRound';
import { publishRound } from './publishRound';
import { removeFromRound } from './removeFromRound';
import type { RoundUseCaseDeps } from './roundSteps';
import { runDueRounds } from './runDueRounds';
import { startRound } from './startRound';
import { swapInRound } from './swapInRound';

const now = new Date('2026-06-01T08:00:00Z');

describeEachDatabase('matching rounds', (getDb) => {
  let db: Database;
  let mailer: Mailer;

  beforeAll(async () => {
    db = getDb();
    mailer = await keepingMailer(db, () => now);
  });

  async function organisation(people: number) {
    const org = await createOrganisation(db);
    const admin = await createPerson(db, org.id, { role: 'admin', name: 'Admin' });
    const members: PersonRow[] = [];
    for (let i = 0; i < people; i++) {
      members.push(await createPerson(db, org.id, { name: `Member ${i}` }));
    }
    const run = <T>(fn: (deps: RoundUseCaseDeps) => Promise<T>, at = now) =>
      mailer.transaction((tx, mail) => fn(roundDeps(tx, mail, org.id, at)));
    return { org, admin, members, actor: actorFor(admin), run };
  }

  const ids = (round: Round) => round.matches.flatMap((m) => m.members.map((p) => p.person.id));
  const count = async (sql: string, params: unknown[]) =>
    (await db.query<{ n: number }>(sql, params))[0].n;
  const mailsTo = (orgId: string) =>
    count('select count(*)::int as n from mail_outbox where organisation_id = $1', [orgId]);

  it('takes active participants only: not paused, not left, not someone who left the organisation', async () => {
    const { org, members, actor, run } = await organisation(8);
    const coffee = await createProgrammeRow(db, org.id, 'coffee');
    const [a, b, c, d, paused, expired, left, gone] = members;
    for (const p of [a, b, c, d]) await enrol(db, coffee, p);
    await enrol(db, coffee, paused, { status: 'paused', pausedUntil: '2026-06-20' });
    await enrol(db, coffee, expired, { status: 'paused', pausedUntil: '2026-05-20' });
    await enrol(db, coffee, left, { status: 'left' });
    await enrol(db, coffee, gone);
    await db.query("update people set status = 'inactive' where id = $1", [gone.id]);
    const round = await run((deps) => startRound(deps, actor, { programmeId: coffee }));
    expect(round.status).toBe('preview');
    expect(ids(round).sort()).toEqual([a, b, c, d, expired].map((p) => p.id).sort());
    expect(round.people).toBe(5);
    expect(round.matches.every((m) => m.reasons.length > 0 && m.score !== 0)).toBe(true);
    expect(round.matches[0].reasons[0].key).toMatch(/^matching:match\.reason\./);
    expect(await mailsTo(org.id)).toBe(0);
    // Nobody sees a preview's matches: they are not proposed to anyone yet.
    expect(round.matches.every((m) => m.status === 'preview')).toBe(true);
    // Asking again shows the same preview instead of making a second one.
    const again = await run((deps) => startRound(deps, actor, { programmeId: coffee }));
    expect(again.id).toBe(round.id);
  });

  it('enrols the whole audience automatically, except who left', async () => {
    const { org, members, actor, run } = await organisation(4);
    const buddy = await createProgrammeRow(db, org.id, 'coffee', { enrolment: 'automatic' });
    await enrol(db, buddy, members[0], { status: 'left' });
    const round = await run((deps) => startRound(deps, actor, { programmeId: buddy }));
    // The admin is in the audience too.
    expect(round.people).toBe(4);
    expect(ids(round)).not.toContain(members[0].id);
  });

  it('explains why nobody could be matched instead of failing', async () => {
    const { org, members, actor, run } = await organisation(2);
    const alone = await createProgrammeRow(db, org.id, 'coffee');
    await enrol(db, alone, members[0]);
    const one = await run((deps) => startRound(deps, actor, { programmeId: alone }));
    expect(one.matches).toEqual([]);
    expect(one.nobody).toEqual({
      key: 'programmes:round.nobody.because',
      because: [{ key: 'matching:match.unmatched.noCandidates', params: {} }],
    });
    const blocked = await createProgrammeRow(db, org.id, 'coffee');
    await enrol(db, blocked, members[0]);
    await enrol(db, blocked, members[1]);
    await new PairingBlockRepository(db, org.id).add(members[1].id, members[0].id);
    const none = await run((deps) => startRound(deps, actor, { programmeId: blocked }));
    expect(none.matches).toEqual([]);
    // The block is private: the admin learns a preference rules it out, not whose.
    expect(none.nobody?.because).toEqual([
      { key: 'programmes:round.blockedPrivately', params: {} },
    ]);
    const empty = await createProgrammeRow(db, org.id, 'mentoring');
    const nobody = await run((deps) => startRound(deps, actor, { programmeId: empty }));
    expect(nobody.nobody).toEqual({ key: 'programmes:round.nobody.noPeople', because: [] });
  });

  it('swaps two people between matches, rescoring both, and refuses a forbidden pair', async () => {
    const { org, members, actor, run } = await organisation(4);
    const coffee = await createProgrammeRow(db, org.id, 'coffee');
    for (const p of members) await enrol(db, coffee, p);
    const round = await run((deps) => startRound(deps, actor, { programmeId: coffee }));
    expect(round.matches).toHaveLength(2);
    const [first, second] = round.matches;
    const a = first.members[0].person.id;
    const b = second.members[0].person.id;
    const swapped = await run((deps) =>
      swapInRound(deps, actor, { roundId: round.id, personIds: [a, b] }),
    );
    const withA = swapped.matches.find((m) => m.members.some((p) => p.person.id === a))!;
    expect(withA.id).toBe(second.id);
    expect(withA.edited).toBe(true);
    expect(swapped.matches.every((m) => m.edited)).toBe(true);
    expect(withA.reasons.length).toBeGreaterThan(0);
    // Blocking the pair a swap would make refuses it, and changes nothing.
    const partnerOfB = swapped.matches
      .find((m) => m.members.some((p) => p.person.id === b))!
      .members.find((p) => p.person.id !== b)!.person.id;
    await new PairingBlockRepository(db, org.id).add(partnerOfB, a);
    const refused = run((deps) =>
      swapInRound(deps, actor, { roundId: round.id, personIds: [a, b] }),
    );
    await expect(refused).rejects.toMatchObject({ code: 'pair_not_allowed' });
    const same = run((deps) =>
      swapInRound(deps, actor, {
        roundId: round.id,
        personIds: [a, withA.members.find((p) => p.person.id !== a)!.person.id],
      }),
    );
    await expect(same).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('refuses to swap someone who sits in two matches', async () => {
    const { org, actor, run } = await organisation(0);
    const godparent = await createPerson(db, org.id, { startDate: '2015-01-01' });
    const newcomers = [
      await createPerson(db, org.id, { startDate: '2026-05-20' }),
      await createPerson(db, org.id, { startDate: '2026-05-25' }),
    ];
    const onboarding = await createProgrammeRow(db, org.id, 'onboarding');
    await enrol(db, onboarding, godparent, { role: 'godparent' });
    for (const p of newcomers) await enrol(db, onboarding, p, { role: 'newcomer' });
    const round = await run((deps) => startRound(deps, actor, { programmeId: onboarding }));
    expect(round.matches).toHaveLength(2);
    expect(round.matches.map((m) => m.members.map((p) => p.role))).toEqual([
      ['godparent', 'newcomer'],
      ['godparent', 'newcomer'],
    ]);
    // The newcomer of the second match: the godparent's first match is the other one.
    const second = round.matches[1].members.find((p) => p.role === 'newcomer')!.person.id;
    const swap = run((deps) =>
      swapInRound(deps, actor, { roundId: round.id, personIds: [godparent.id, second] }),
    );
    await expect(swap).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('offers a godparent with one newcomer a second one in the next round, and not a third', async () => {
    const { org, actor, run } = await organisation(0);
    const godparent = await createPerson(db, org.id, { startDate: '2015-01-01' });
    const onboarding = await createProgrammeRow(db, org.id, 'onboarding');
    await enrol(db, onboarding, godparent, { role: 'godparent' });
    const roundWith = async (startDate: string) => {
      const newcomer = await createPerson(db, org.id, { startDate });
      await enrol(db, onboarding, newcomer, { role: 'newcomer' });
      const round = await run((deps) => startRound(deps, actor, { programmeId: onboarding }));
      await run((deps) => publishRound(deps, actor, { roundId: round.id }));
      return { newcomer, round };
    };
    const first = await roundWith('2026-05-20');
    expect(first.round.matches).toHaveLength(1);
    // One newcomer taken, room for one more (two by default): matched again.
    const second = await roundWith('2026-05-25');
    expect(second.round.matches.map((m) => m.members.map((p) => p.person.id))).toEqual([
      [godparent.id, second.newcomer.id],
    ]);
    // Full: the third newcomer waits.
    const third = await roundWith('2026-05-28');
    expect(third.round.matches).toEqual([]);
    expect(third.round.unmatched.map((u) => u.person.id)).toEqual([third.newcomer.id]);
  });

  it('leaves out an onboarding participant whose start date contradicts the side they chose', async () => {
    const { org, actor, run } = await organisation(0);
    const godparent = await createPerson(db, org.id, { startDate: '2015-01-01' });
    const newcomer = await createPerson(db, org.id, { startDate: '2026-05-20' });
    const mover = await createPerson(db, org.id, { startDate: '2012-01-01' });
    const eager = await createPerson(db, org.id, { startDate: '2026-05-25' });
    const onboarding = await createProgrammeRow(db, org.id, 'onboarding');
    await enrol(db, onboarding, godparent, { role: 'godparent' });
    await enrol(db, onboarding, newcomer, { role: 'newcomer' });
    await enrol(db, onboarding, mover, { role: 'newcomer' });
    await enrol(db, onboarding, eager, { role: 'godparent' });
    const round = await run((deps) => startRound(deps, actor, { programmeId: onboarding }));
    expect(ids(round).sort()).toEqual([godparent.id, newcomer.id].sort());
    expect(round.people).toBe(4);
    const why = Object.fromEntries(round.unmatched.map((u) => [u.person.id, u.reason.key]));
    expect(why).toEqual({
      [mover.id]: 'programmes:round.notNewcomer',
      [eager.id]: 'programmes:round.notGodparent',
    });
  });

  it('removes a match by hand: its members return to the unmatched', async () => {
    const { org, members, actor, run } = await organisation(4);
    const coffee = await createProgrammeRow(db, org.id, 'coffee');
    for (const p of members) await enrol(db, coffee, p);
    const round = await run((deps) => startRound(deps, actor, { programmeId: coffee }));
    const removed = await run((deps) =>
      removeFromRound(deps, actor, { roundId: round.id, matchId: round.matches[0].id }),
    );
    expect(removed.matches).toHaveLength(1);
    expect(removed.unmatched.map((u) => u.person.id).sort()).toEqual(
      round.matches[0].members.map((p) => p.person.id).sort(),
    );
    expect(removed.unmatched[0].reason.key).toBe('programmes:round.removedByHand');
    await run((deps) => discardRound(deps, actor, { roundId: round.id }));
    const edit = run((deps) =>
      removeFromRound(deps, actor, { roundId: round.id, matchId: round.matches[1].id }),
    );
    await expect(edit).rejects.toMatchObject({ code: 'conflict' });
  });

  it('publishes once: proposed matches, pending members, one mail and one notification each', async () => {
    const { org, members, actor, run } = await organisation(5);
    const coffee = await createProgrammeRow(db, org.id, 'coffee');
    for (const p of members) await enrol(db, coffee, p);
    const round = await run((deps) => startRound(deps, actor, { programmeId: coffee }));
    const published = await run((deps) => publishRound(deps, actor, { roundId: round.id }));
    expect(published.status).toBe('published');
    expect(published.matches.every((m) => m.status === 'proposed')).toBe(true);
    expect(published.matches.flatMap((m) => m.members.map((p) => p.response))).toEqual(
      Array(5).fill('pending'),
    );
    expect(await mailsTo(org.id)).toBe(5);
    const links = await db.query<{ link: string; kind: string }>(
      'select link, kind from notifications where organisation_id = $1',
      [org.id],
    );
    expect(links).toHaveLength(5);
    expect(new Set(links.map((l) => l.kind))).toEqual(new Set(['programmes.matched']));
    expect(links.map((l) => l.link).sort()).toEqual(
      published.matches.flatMap((m) => m.members.map(() => `/matches/${m.id}`)).sort(),
    );
    const [mail] = await db.query<{ subject: string; text_body: string }>(
      'select subject, text_body from mail_outbox where organisation_id = $1 limit 1',
      [org.id],
    );
    expect(mail.subject).toBe('You have a match in Coffee');
    expect(mail.text_body).toContain('https://samen.example.test/matches/');
    const again = await run((deps) => publishRound(deps, actor, { roundId: round.id }));
    expect(again.id).toBe(round.id);
    expect(await mailsTo(org.id)).toBe(5);
  });

  it('gives one outcome when two admins publish at once', async () => {
    const { org, members, actor, run } = await organisation(6);
    const coffee = await createProgrammeRow(db, org.id, 'coffee');
    for (const p of members) await enrol(db, coffee, p);
    const round = await run((deps) => startRound(deps, actor, { programmeId: coffee }));
    const results = await Promise.all([
      run((deps) => publishRound(deps, actor, { roundId: round.id })),
      run((deps) => publishRound(deps, actor, { roundId: round.id })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['published', 'published']);
    expect(await mailsTo(org.id)).toBe(6);
    expect(
      await count('select count(*)::int as n from notifications where organisation_id = $1', [
        org.id,
      ]),
    ).toBe(6);
  });

  it('does not match buddies again who already have a live match', async () => {
    const { org, members, actor, run } = await organisation(4);
    const team = (
      await db.query<{ id: string }>(
        "insert into teams (organisation_id, name) values ($1, 'Crew') returning id",
        [org.id],
      )
    )[0].id;
    await db.query('update people set team_id = $2 where organisation_id = $1', [org.id, team]);
    const buddy = await createProgrammeRow(db, org.id, 'buddy');
    for (const p of members.slice(0, 2)) await enrol(db, buddy, p);
    const first = await run((deps) => startRound(deps, actor, { programmeId: buddy }));
    await run((deps) => publishRound(deps, actor, { roundId: first.id }));
    for (const p of members.slice(2)) await enrol(db, buddy, p);
    const second = await run((deps) => startRound(deps, actor, { programmeId: buddy }));
    expect(ids(second).sort()).toEqual(
      members
        .slice(2)
        .map((p) => p.id)
        .sort(),
    );
  });

  it('refuses employees', async () => {
    const { org, members, run } = await organisation(1);
    const coffee = await createProgrammeRow(db, org.id, 'coffee');
    const employee: Actor = actorFor(members[0]);
    await expect(
      run((deps) => startRound(deps, employee, { programmeId: coffee })),
    ).rejects.toBeInstanceOf(AppError);
  });

  describe('scheduled rounds', () => {
    it('publishes each due round once, called twice and at once, and plans the next', async () => {
      const { org, members } = await organisation(6);
      const due = new Date('2026-06-01T07:00:00Z');
      const coffee = await createProgrammeRow(db, org.id, 'coffee', { nextRoundAt: due });
      for (const p of members) await enrol(db, coffee, p);
      const deps = { db, mailer, publicUrl: 'https://samen.example.test' };
      const [one, two] = await Promise.all([runDueRounds(deps, now), runDueRounds(deps, now)]);
      const three = await runDueRounds(deps, now);
      const mine = [one, two, three].flatMap((r) =>
        r.published.filter((p) => p.programmeId === coffee),
      );
      expect(mine).toHaveLength(1);
      expect([one, two, three].flatMap((r) => r.failed)).toEqual([]);
      const rounds = await db.query<{ status: string; scheduled_for: Date }>(
        'select status, scheduled_for from rounds where programme_id = $1',
        [coffee],
      );
      expect(rounds).toEqual([{ status: 'published', scheduled_for: due }]);
      expect(await mailsTo(org.id)).toBe(6);
      const [next] = await db.query<{ next_round_at: Date }>(
        'select next_round_at from programmes where id = $1',
        [coffee],
      );
      expect(next.next_round_at.toISOString()).toBe('2026-06-08T07:00:00.000Z');
    });

    it("discards an admin's open preview before publishing the scheduled round", async () => {
      const { org, members, actor, run } = await organisation(4);
      const coffee = await createProgrammeRow(db, org.id, 'coffee', {
        nextRoundAt: new Date('2026-06-01T07:00:00Z'),
      });
      for (const p of members) await enrol(db, coffee, p);
      const preview = await run((deps) => startRound(deps, actor, { programmeId: coffee }));
      expect(preview.status).toBe('preview');
      const report = await runDueRounds(
        { db, mailer, publicUrl: 'https://samen.example.test' },
        now,
      );
      const scheduled = report.published.find((p) => p.programmeId === coffee)!.roundId;
      const rounds = await db.query<{ id: string; status: string }>(
        'select id, status from rounds where programme_id = $1 order by number',
        [coffee],
      );
      expect(rounds).toEqual([
        { id: preview.id, status: 'discarded' },
        { id: scheduled, status: 'published' },
      ]);
      // Everyone is in one live match of this programme: the preview's matches are gone.
      expect(
        await count(
          `select count(*)::int as n from match_members mm join matches m on m.id = mm.match_id
            where m.programme_id = $1`,
          [coffee],
        ),
      ).toBe(4);
      // The admin's page no longer shows the preview, and it can no longer be published.
      const current = await run((deps) => getCurrentRound(deps, actor, { programmeId: coffee }));
      expect(current.round?.id).toBe(scheduled);
      expect(current.round?.status).toBe('published');
      await expect(
        run((deps) => publishRound(deps, actor, { roundId: preview.id })),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect(await mailsTo(org.id)).toBe(4);
    });

    it('avoids repeating earlier coffee pairs', async () => {
      const { org, members } = await organisation(4);
      const coffee = await createProgrammeRow(db, org.id, 'coffee', {
        nextRoundAt: new Date('2026-06-01T07:00:00Z'),
      });
      for (const p of members) await enrol(db, coffee, p);
      const deps = { db, mailer, publicUrl: 'https://samen.example.test' };
      const pairs = new Set<string>();
      for (const week of [0, 1, 2]) {
        const at = new Date(now.getTime() + week * 7 * 86_400_000);
        const report = await runDueRounds(deps, at);
        const roundId = report.published.find((p) => p.programmeId === coffee)!.roundId;
        const rows = await db.query<{ members: string[] }>(
          `select array_agg(mm.person_id::text order by mm.person_id) as members
             from matches m join match_members mm on mm.match_id = m.id
            where m.round_id = $1 group by m.id`,
          [roundId],
        );
        for (const row of rows) {
          const key = row.members.join('+');
          expect(pairs.has(key)).toBe(false);
          pairs.add(key);
        }
      }
      expect(pairs.size).toBe(6);
    });
  });
});

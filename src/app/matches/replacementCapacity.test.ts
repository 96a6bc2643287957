import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/database';
import { createOrganisation, createPerson, type PersonRow } from '../../../test/factories';
import {
  actorOf,
  addParticipant,
  createMatch,
  createProgramme,
  createRound,
  inMatchTransaction,
  notificationsOf,
  openMatchesOf,
  type ProgrammeRow,
  type RoundRow,
} from '../../../test/matchFactories';
import { respondToMatch } from './respondToMatch';

describeEachDatabase('pairings: replacements within capacity', (db) => {
  let orgId: string;

  const newcomerStart = () => new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  const join = async (
    programme: ProgrammeRow,
    role: string,
    overrides: Parameters<typeof createPerson>[2] = {},
  ) => {
    const row = await createPerson(db(), orgId, overrides);
    await addParticipant(db(), programme, row, { role });
    return row;
  };
  const decline = (who: PersonRow, id: string) =>
    inMatchTransaction(db(), orgId, (deps) =>
      respondToMatch(deps, actorOf(who), { id, response: 'decline' }),
    );

  beforeAll(async () => {
    orgId = (await createOrganisation(db())).id;
  });

  it('proposes a godparent who still has room, and nobody once they are full', async () => {
    const onboarding = await createProgramme(db(), orgId, { kind: 'onboarding' });
    const round: RoundRow = await createRound(db(), onboarding);
    const godparent = () => join(onboarding, 'godparent', { startDate: '2015-02-01' });
    const newcomer = () => join(onboarding, 'newcomer', { startDate: newcomerStart() });
    // Gus already has one newcomer: the engine's default gives a godparent two.
    const gus = await godparent();
    await createMatch(
      db(),
      round,
      [
        { person: gus, role: 'godparent' },
        { person: await newcomer(), role: 'newcomer' },
      ],
      { status: 'active' },
    );
    const ned = await newcomer();
    const gil = await godparent();
    const first = await createMatch(db(), round, [
      { person: gil, role: 'godparent' },
      { person: ned, role: 'newcomer' },
    ]);
    await decline(gil, first);
    const [replacement] = await openMatchesOf(db(), onboarding.id, ned.id);
    expect(replacement.members).toEqual([gus.id, ned.id].sort());
    expect(await openMatchesOf(db(), onboarding.id, gus.id)).toHaveLength(2);

    // Now Gus is full: Gil declines another newcomer too, who is told nobody is free.
    const nina = await newcomer();
    const second = await createMatch(db(), round, [
      { person: gil, role: 'godparent' },
      { person: nina, role: 'newcomer' },
    ]);
    await decline(gil, second);
    expect(await openMatchesOf(db(), onboarding.id, nina.id)).toEqual([]);
    expect((await notificationsOf(db(), nina.id)).map((n) => n.kind)).toContain(
      'matches.no_replacement',
    );
  });

  it('does not propose a mentor who is at the default capacity of one mentee', async () => {
    const mentoring = await createProgramme(db(), orgId, { kind: 'mentoring' });
    const round = await createRound(db(), mentoring);
    const busy = await join(mentoring, 'mentor');
    await createMatch(
      db(),
      round,
      [
        { person: busy, role: 'mentor' },
        { person: await join(mentoring, 'mentee'), role: 'mentee' },
      ],
      { status: 'active' },
    );
    const mia = await join(mentoring, 'mentee');
    const max = await join(mentoring, 'mentor');
    const id = await createMatch(db(), round, [
      { person: max, role: 'mentor' },
      { person: mia, role: 'mentee' },
    ]);
    await decline(max, id);
    expect(await openMatchesOf(db(), mentoring.id, mia.id)).toEqual([]);
    expect(await openMatchesOf(db(), mentoring.id, busy.id)).toHaveLength(1);
  });
});

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
  outboxTo,
  type ProgrammeRow,
} from '../../../test/matchFactories';
import { AppError } from '../errors';
import { addMatchLogEntry } from './addMatchLogEntry';
import type { MatchDeps } from './deps';
import { getMatch } from './getMatch';
import { postMatchMessage } from './postMatchMessage';
import { recordFeedback } from './recordFeedback';
import { recordSilence } from './recordSilence';
import { setLearningWish } from './setLearningWish';
import { tickChecklistItem } from './tickChecklistItem';

const NOW = new Date('2026-11-27T10:00:00Z');

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fields: error.fields };
    throw error;
  }
  return null;
};

describeEachDatabase('pairings: questions, wishes, log, checklist and "did you meet?"', (db) => {
  let orgId: string;
  const run = <T>(fn: (deps: MatchDeps) => Promise<T>, now = NOW) =>
    inMatchTransaction(db(), orgId, fn, now);
  const person = (overrides: Parameters<typeof createPerson>[2] = {}) =>
    createPerson(db(), orgId, overrides);

  async function pair(
    kind: ProgrammeRow['kind'],
    roles: [string, string] = ['participant', 'participant'],
  ) {
    const programme = await createProgramme(db(), orgId, { kind });
    const round = await createRound(db(), programme);
    const first = await person({ name: 'First' });
    const second = await person({ name: 'Second' });
    await addParticipant(db(), programme, first);
    await addParticipant(db(), programme, second);
    const id = await createMatch(
      db(),
      round,
      [
        { person: first, role: roles[0] },
        { person: second, role: roles[1] },
      ],
      { status: 'active' },
    );
    return { programme, round, first, second, id };
  }

  beforeAll(async () => {
    orgId = (await createOrganisation(db())).id;
  });

  it('keeps buddy questions and answers with the pairing, for its members only', async () => {
    const { first, second, id } = await pair('buddy');
    const asked = await run((deps) =>
      postMatchMessage(deps, actorOf(first), { id, body: '  Where is the coffee?  ' }),
    );
    const question = asked.messages[0];
    expect(question).toMatchObject({
      body: 'Where is the coffee?',
      authorName: 'First',
      replyTo: null,
    });
    expect((await notificationsOf(db(), second.id)).map((n) => n.kind)).toEqual([
      'matches.question',
    ]);
    const answered = await run(
      (deps) =>
        postMatchMessage(deps, actorOf(second), { id, body: 'Second floor', replyTo: question.id }),
      new Date(NOW.getTime() + 60_000),
    );
    expect(answered.messages.map((m) => [m.body, m.replyTo])).toEqual([
      ['Where is the coffee?', null],
      ['Second floor', question.id],
    ]);
    const answer = answered.messages[1];
    expect(
      await failure(
        run((deps) =>
          postMatchMessage(deps, actorOf(first), { id, body: 'Thanks', replyTo: answer.id }),
        ),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ field: 'replyTo' }] });
    const outsider = await person();
    expect(await failure(run((deps) => getMatch(deps, actorOf(outsider), { id })))).toMatchObject({
      code: 'not_found',
    });
    expect(
      await failure(run((deps) => postMatchMessage(deps, actorOf(outsider), { id, body: 'Hi' }))),
    ).toMatchObject({ code: 'not_found' });
    const mentoring = await pair('mentoring', ['mentor', 'mentee']);
    expect(
      await failure(
        run((deps) =>
          postMatchMessage(deps, actorOf(mentoring.first), { id: mentoring.id, body: 'Hi' }),
        ),
      ),
    ).toMatchObject({ code: 'match_kind' });
  });

  it('lets each side of a mentoring pairing write what they want to learn, and log sessions', async () => {
    const { first: mentor, second: mentee, id } = await pair('mentoring', ['mentor', 'mentee']);
    await run((deps) =>
      setLearningWish(deps, actorOf(mentee), { id, wish: 'Power BI dashboards' }),
    );
    const seenByMentor = await run((deps) =>
      setLearningWish(deps, actorOf(mentor), { id, wish: 'How the new tools feel to a starter' }),
    );
    expect(seenByMentor.myLearningWish).toBe('How the new tools feel to a starter');
    expect(seenByMentor.partners[0]).toMatchObject({
      role: 'mentee',
      learningWish: 'Power BI dashboards',
    });

    const logged = await run((deps) =>
      addMatchLogEntry(deps, actorOf(mentee), { id, heldOn: '2026-11-26', learned: 'DAX basics' }),
    );
    expect(logged.log).toMatchObject([
      { heldOn: '2026-11-26', learned: 'DAX basics', authorName: 'Second' },
    ]);
    expect(
      await failure(
        run((deps) =>
          addMatchLogEntry(deps, actorOf(mentee), { id, heldOn: '2026-12-30', learned: 'Later' }),
        ),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'heldOn', code: 'in_future' }],
    });
    const buddy = await pair('buddy');
    expect(
      await failure(
        run((deps) => setLearningWish(deps, actorOf(buddy.first), { id: buddy.id, wish: 'x' })),
      ),
    ).toMatchObject({ code: 'match_kind' });
  });

  it('gives the godparent, and only the godparent, the onboarding checklist to tick', async () => {
    const {
      first: godparent,
      second: newcomer,
      id,
    } = await pair('onboarding', ['godparent', 'newcomer']);
    const before = await run((deps) => getMatch(deps, actorOf(godparent), { id }));
    expect(before.checklist?.map((item) => [item.item, item.done])).toEqual([
      ['welcomeMessage', false],
      ['firstDayCoffee', false],
      ['tour', false],
      ['introduceTeam', false],
      ['firstWeekCheckIn', false],
      ['firstMonthReview', false],
    ]);
    const ticked = await run((deps) =>
      tickChecklistItem(deps, actorOf(godparent), { id, item: 'tour', done: true }),
    );
    expect(ticked.checklist?.find((item) => item.item === 'tour')).toMatchObject({ done: true });
    const unticked = await run((deps) =>
      tickChecklistItem(deps, actorOf(godparent), { id, item: 'tour', done: false }),
    );
    expect(unticked.checklist?.every((item) => !item.done)).toBe(true);
    expect((await run((deps) => getMatch(deps, actorOf(newcomer), { id }))).checklist).toBeNull();
    expect(
      await failure(
        run((deps) => tickChecklistItem(deps, actorOf(newcomer), { id, item: 'tour', done: true })),
      ),
    ).toMatchObject({ code: 'forbidden' });
  });

  it('records "did you meet?" once per member and meeting date, a rating only when met', async () => {
    const { first, id } = await pair('coffee');
    await run((deps) =>
      recordFeedback(deps, actorOf(first), { id, meetingOn: '2026-11-25', answer: 'not_yet' }),
    );
    const changed = await run((deps) =>
      recordFeedback(deps, actorOf(first), {
        id,
        meetingOn: '2026-11-25',
        answer: 'yes',
        rating: 4,
      }),
    );
    expect(changed.myFeedback).toEqual([{ meetingOn: '2026-11-25', answer: 'yes', rating: 4 }]);
    expect(
      await failure(
        run((deps) =>
          recordFeedback(deps, actorOf(first), {
            id,
            meetingOn: '2026-11-26',
            answer: 'no',
            rating: 2,
          }),
        ),
      ),
    ).toMatchObject({ fields: [{ field: 'rating', code: 'rating_without_meeting' }] });
  });

  it('pauses people after three silent rounds in a row and tells them; an answer starts over', async () => {
    const programme = await createProgramme(db(), orgId, {
      kind: 'coffee',
      name: { en: 'Coffee roulette', nl: 'Koffieroulette' },
    });
    const quiet = await person({ name: 'Quiet', locale: 'nl' });
    const talker = await person({ name: 'Talker' });
    await addParticipant(db(), programme, quiet);
    await addParticipant(db(), programme, talker);
    const silentRounds = async (who: PersonRow) => {
      const [row] = await db().query<{ silent_rounds: number; status: string }>(
        'select silent_rounds, status from programme_participants where programme_id = $1 and person_id = $2',
        [programme.id, who.id],
      );
      return [row.silent_rounds, row.status];
    };
    const playRound = async () => {
      const round = await createRound(db(), programme);
      const id = await createMatch(db(), round, [{ person: quiet }, { person: talker }], {
        status: 'ended',
      });
      await run((deps) =>
        recordFeedback(deps, actorOf(talker), { id, meetingOn: '2026-11-20', answer: 'no' }),
      );
    };

    await playRound();
    expect((await run((deps) => recordSilence(deps))).paused).toEqual([]);
    expect(await silentRounds(quiet)).toEqual([0, 'active']);
    await playRound();
    await run((deps) => recordSilence(deps));
    // counting twice after the same round changes nothing
    await run((deps) => recordSilence(deps));
    expect(await silentRounds(quiet)).toEqual([1, 'active']);
    await playRound();
    await playRound();
    const result = await run((deps) => recordSilence(deps));
    expect(result.paused).toEqual([{ programmeId: programme.id, personId: quiet.id }]);
    expect(await silentRounds(quiet)).toEqual([3, 'paused']);
    expect(await silentRounds(talker)).toEqual([0, 'active']);
    expect((await notificationsOf(db(), quiet.id)).map((n) => [n.kind, n.params])).toEqual([
      ['matches.paused_silent', { programme: 'Koffieroulette', count: 3 }],
    ]);
    expect((await outboxTo(db(), quiet.email)).map((mail) => mail.subject)).toEqual([
      'Je staat on hold in Koffieroulette',
    ]);
  });

  it('starts the silence count over when someone answers', async () => {
    const { programme, first, id } = await pair('buddy');
    await db().query(
      'update programme_participants set silent_rounds = 2 where programme_id = $1 and person_id = $2',
      [programme.id, first.id],
    );
    await run((deps) =>
      recordFeedback(deps, actorOf(first), { id, meetingOn: '2026-11-20', answer: 'yes' }),
    );
    const [row] = await db().query<{ silent_rounds: number }>(
      'select silent_rounds from programme_participants where programme_id = $1 and person_id = $2',
      [programme.id, first.id],
    );
    expect(row.silent_rounds).toBe(0);
  });
});

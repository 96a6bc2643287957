/**
 * Properties every programme keeps for any people at all: nobody lost or counted twice, hard rules
 * never broken, the same answer for the same input and seed, and the same answer whatever order
 * people signed up in (cohort mode).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, type Translator } from '../../../i18n/catalog';
import { locales } from '../../../i18n/locales';
import { type MatchPerson, REASON_CATALOGUE, type Reason } from '../fit';
import { arbitraryLookAlikes, arbitraryPeople, NOW } from '../fit/testing/people';
import { matchBuddies } from './buddy';
import { matchCoffee } from './coffee';
import { matchMentoring, matchReverseMentoring } from './mentoring';
import { matchOnboarding } from './onboarding';
import type { MatchResult, RoundContext } from './types';

type Builder = (people: MatchPerson[], round: RoundContext) => MatchResult;

/** `capacity`: what a mentor or godparent without their own capacity takes. */
const BUILDERS: Record<string, { run: Builder; directed: boolean; capacity?: number }> = {
  buddy: { run: (people, round) => matchBuddies({ people, round }), directed: false },
  buddyNearestTeam: {
    run: (people, round) => matchBuddies({ people, round, settings: { oddTeam: 'nearestTeam' } }),
    directed: false,
  },
  mentoring: {
    run: (people, round) => matchMentoring({ people, round }),
    directed: true,
    capacity: 1,
  },
  reverseMentoring: {
    run: (people, round) =>
      matchReverseMentoring({ people, round, settings: { objective: 'max-min' } }),
    directed: true,
    capacity: 1,
  },
  onboarding: {
    run: (people, round) => matchOnboarding({ people, round }),
    directed: true,
    capacity: 2,
  },
  coffee: { run: (people, round) => matchCoffee({ people, round }), directed: false },
  coffeeAtScale: {
    run: (people, round) =>
      matchCoffee({ people, round, settings: { exhaustiveLimit: 3, groupSize: 3 } }),
    directed: false,
  },
  coffeeGroups: {
    run: (people, round) => matchCoffee({ people, round, settings: { groupSize: 3 } }),
    directed: false,
  },
};

const roundFor = (seed: number): RoundContext => ({
  now: NOW,
  seed,
  history: [
    { members: ['p0', 'p1'], roundsAgo: 1 },
    { members: ['p2', 'p3', 'p4'], roundsAgo: 2 },
  ],
});

let translator: Translator;
beforeAll(async () => {
  translator = await createTranslator();
});

function expectTranslated(reason: Reason): void {
  expect(Object.keys(REASON_CATALOGUE)).toContain(reason.key);
  for (const locale of locales) {
    const text = translator.t(locale, `matching:${reason.key}`, reason.params);
    expect(text).not.toContain(reason.key);
    expect(text).not.toMatch(/\{\{|\$t\(/);
  }
}

describe.each(Object.entries(BUILDERS))(
  '%s round properties',
  (_name, { run, directed, capacity }) => {
    it('accounts for everyone once and never breaks a hard rule', () => {
      fc.assert(
        fc.property(arbitraryPeople(0, 9), fc.integer(), (people, seed) => {
          const result = run(people, roundFor(seed));
          const byId = new Map(people.map((p) => [p.id, p]));
          const matchedIds = new Set(result.matches.flatMap((m) => m.members));
          const unmatchedIds = result.unmatched.map((u) => u.id);
          expect(new Set(unmatchedIds).size).toBe(unmatchedIds.length);
          for (const id of unmatchedIds) expect(matchedIds.has(id)).toBe(false);
          expect(new Set([...matchedIds, ...unmatchedIds])).toEqual(new Set(byId.keys()));

          const learnerCount = new Map<string, number>();
          const mentorCount = new Map<string, number>();
          for (const { members } of result.matches) {
            expect(new Set(members).size).toBe(members.length);
            for (const a of members) {
              for (const b of members) {
                if (a === b) continue;
                expect(byId.get(a)!.doNotPairWith).not.toContain(b);
                expect(byId.get(a)!.managerId).not.toBe(b);
                expect(byId.get(a)!.consent).toBe(true);
              }
            }
            if (directed) {
              learnerCount.set(members[1], (learnerCount.get(members[1]) ?? 0) + 1);
              mentorCount.set(members[0], (mentorCount.get(members[0]) ?? 0) + 1);
            } else {
              expect(members.length).toBeGreaterThanOrEqual(2);
            }
          }
          if (directed) {
            for (const count of learnerCount.values()) expect(count).toBe(1);
            for (const [id, count] of mentorCount) {
              expect(count).toBeLessThanOrEqual(byId.get(id)!.capacity ?? capacity!);
            }
          } else {
            const groupIds = result.matches.flatMap((m) => m.members);
            expect(new Set(groupIds).size).toBe(groupIds.length);
          }
          for (const m of result.matches) m.reasons.forEach(expectTranslated);
          for (const u of result.unmatched)
            [u.reason, ...(u.blockedBy ?? [])].forEach(expectTranslated);
        }),
        { numRuns: 60 },
      );
    });

    it('gives the same result for the same input and seed, whatever the sign-up order', () => {
      fc.assert(
        fc.property(
          fc
            .oneof(arbitraryPeople(0, 9), arbitraryLookAlikes(9))
            .chain((people) =>
              fc.tuple(
                fc.constant(people),
                fc.shuffledSubarray(people, { minLength: people.length }),
              ),
            ),
          fc.integer(),
          ([people, shuffled], seed) => {
            const first = run(people, roundFor(seed));
            expect(run(people, roundFor(seed))).toEqual(first);
            expect(run(shuffled, roundFor(seed))).toEqual(first);
          },
        ),
        { numRuns: 40 },
      );
    });
  },
);

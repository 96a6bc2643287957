import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFitContext, type FitWorld } from '../context';
import type { MatchPerson } from '../person';
import type { Reason } from '../reason';
import {
  FACTOR_NAMES,
  type FactorName,
  type FitSettings,
  fitSettingsFor,
  type ProgrammeKind,
} from '../settings';
import { arbitraryPeople, days, HYBRID_GENT, NOW, person } from '../testing/people';
import { FACTORS } from '.';

interface Case {
  title: string;
  factor: FactorName;
  a: MatchPerson;
  b: MatchPerson;
  settings?: FitSettings;
  world?: Partial<FitWorld>;
  /** Expected parts: value (to 3 decimals) and reason. */
  parts: { value: number; reason: Reason }[];
}

const peer = fitSettingsFor('buddy');
const directed = fitSettingsFor('mentoring');
const world: FitWorld = {
  now: NOW,
  siteNames: { gent: 'Gent', antwerpen: 'Antwerpen' },
  skillNames: { powerbi: 'Power BI', sql: 'SQL' },
};

const tom = (o: Partial<MatchPerson> = {}) => person('tom', o);
const anna = (o: Partial<MatchPerson> = {}) => person('anna', o);
const r = (key: Reason['key'], params: Reason['params'] = {}): Reason => ({ key, params });

const cases: Case[] = [
  {
    title: 'a wanted skill the teacher offers, weighted by priority and level gap',
    factor: 'skillsForward',
    a: anna({ skillsOffered: [{ skillId: 'powerbi', level: 3 }] }),
    b: tom({ skillsWanted: [{ skillId: 'powerbi', priority: 3 }] }),
    parts: [
      {
        value: 0.85,
        reason: r('match.reason.skillOfferedWanted', {
          learner: 'Tom',
          teacher: 'Anna',
          skill: 'Power BI',
          level: 3,
        }),
      },
    ],
  },
  {
    title: 'no value when the learner already knows as much',
    factor: 'skillsForward',
    a: anna({ skillsOffered: [{ skillId: 'sql', level: 2 }] }),
    b: tom({
      skillsWanted: [{ skillId: 'sql', priority: 3 }],
      skillsOffered: [{ skillId: 'sql', level: 2 }],
    }),
    parts: [],
  },
  {
    title: 'a second skill counts half',
    factor: 'skillsForward',
    a: anna({
      skillsOffered: [
        { skillId: 'powerbi', level: 5 },
        { skillId: 'sql', level: 5 },
      ],
    }),
    b: tom({
      skillsWanted: [
        { skillId: 'powerbi', priority: 3 },
        { skillId: 'sql', priority: 3 },
      ],
    }),
    parts: [
      {
        value: 1,
        reason: r('match.reason.skillOfferedWanted', {
          learner: 'Tom',
          teacher: 'Anna',
          skill: 'Power BI',
          level: 5,
        }),
      },
      {
        value: 0.5,
        reason: r('match.reason.skillOfferedWanted', {
          learner: 'Tom',
          teacher: 'Anna',
          skill: 'SQL',
          level: 5,
        }),
      },
    ],
  },
  {
    title: 'backward reads what the second person teaches the first',
    factor: 'skillsBackward',
    a: anna({ skillsWanted: [{ skillId: 'sql', priority: 1 }] }),
    b: tom({ skillsOffered: [{ skillId: 'sql', level: 1 }] }),
    parts: [
      {
        value: 0.183,
        reason: r('match.reason.skillOfferedWanted', {
          learner: 'Anna',
          teacher: 'Tom',
          skill: 'SQL',
          level: 1,
        }),
      },
    ],
  },
  {
    title: 'balance is the weaker direction',
    factor: 'learningBalance',
    a: anna({
      skillsOffered: [{ skillId: 'powerbi', level: 5 }],
      skillsWanted: [{ skillId: 'sql', priority: 1 }],
    }),
    b: tom({
      skillsOffered: [{ skillId: 'sql', level: 1 }],
      skillsWanted: [{ skillId: 'powerbi', priority: 3 }],
    }),
    parts: [{ value: 0.183, reason: r('match.reason.learnBothWays', { a: 'Anna', b: 'Tom' }) }],
  },
  {
    title: 'no balance when one side learns nothing',
    factor: 'learningBalance',
    a: anna({ skillsOffered: [{ skillId: 'powerbi', level: 5 }] }),
    b: tom({ skillsWanted: [{ skillId: 'powerbi', priority: 3 }] }),
    parts: [],
  },
  {
    title: 'each shared office day at the same site is a reason',
    factor: 'officeDays',
    a: anna({ workPattern: HYBRID_GENT }),
    b: tom({ workPattern: HYBRID_GENT }),
    parts: [
      { value: 1 / 3, reason: r('match.reason.sameOfficeDay', { weekday: 2, site: 'Gent' }) },
      { value: 1 / 3, reason: r('match.reason.sameOfficeDay', { weekday: 4, site: 'Gent' }) },
    ],
  },
  {
    title: 'the same weekday at another site does not count',
    factor: 'officeDays',
    a: anna({ workPattern: days([2], 'office', 'gent') }),
    b: tom({ workPattern: days([2], 'office', 'antwerpen') }),
    parts: [],
  },
  {
    title: 'a shared site on different days',
    factor: 'sameSite',
    a: anna({ workPattern: days([1], 'office', 'gent') }),
    b: tom({ workPattern: days([3], 'office', 'gent') }),
    parts: [{ value: 1, reason: r('match.reason.sameSite', { site: 'Gent' }) }],
  },
  {
    title: 'different main sites mix the organisation',
    factor: 'siteMix',
    a: anna({ workPattern: days([1, 2], 'office', 'gent') }),
    b: tom({
      workPattern: [...days([1, 2], 'office', 'antwerpen'), ...days([3], 'office', 'gent')],
    }),
    parts: [
      {
        value: 1,
        reason: r('match.reason.differentSites', { site: 'Gent', otherSite: 'Antwerpen' }),
      },
    ],
  },
  {
    title: 'working hours overlap in hours a week',
    factor: 'workingHours',
    a: anna(),
    b: tom({ timeZone: 'America/New_York' }),
    parts: [{ value: 0.5, reason: r('match.reason.workingHoursOverlap', { count: 10 }) }],
  },
  {
    title: 'the shared language both rank highest',
    factor: 'language',
    a: anna({ languages: ['fr', 'en', 'nl'] }),
    b: tom({ languages: ['nl', 'en'] }),
    parts: [{ value: 1, reason: r('match.reason.sharedLanguage', { language: 'en' }) }],
  },
  {
    title: 'no shared language speaks against the pair',
    factor: 'language',
    a: anna({ languages: ['fr'] }),
    b: tom({ languages: ['nl'] }),
    parts: [{ value: -3, reason: r('match.reason.noSharedLanguage') }],
  },
  {
    title: 'same team is as close as it gets',
    factor: 'teamProximity',
    a: anna(),
    b: tom(),
    parts: [{ value: 1, reason: r('match.reason.sameTeam') }],
  },
  {
    title: 'same department, other team: halfway',
    factor: 'teamProximity',
    a: anna(),
    b: tom({ teamId: 'team-b' }),
    parts: [{ value: 0.5, reason: r('match.reason.sameDepartment') }],
  },
  {
    title: 'the team tree measures distance without departments',
    factor: 'teamProximity',
    a: anna({ teamId: 'a1', departmentId: null }),
    b: tom({ teamId: 'a', departmentId: null }),
    world: { teamParents: { a: 'root', a1: 'a', root: null } },
    parts: [{ value: 0.75, reason: r('match.reason.nearbyTeam') }],
  },
  {
    title: 'other departments mix the most',
    factor: 'teamMix',
    a: anna(),
    b: tom({ teamId: 'team-x', departmentId: 'dep-2' }),
    parts: [{ value: 1, reason: r('match.reason.otherDepartment') }],
  },
  {
    title: 'another team in the same department mixes halfway',
    factor: 'teamMix',
    a: anna(),
    b: tom({ teamId: 'team-b' }),
    parts: [{ value: 0.5, reason: r('match.reason.otherTeam') }],
  },
  {
    title: 'mentoring: a mentor two levels up hits the target gap',
    factor: 'seniority',
    settings: directed,
    a: anna({ seniority: 4 }),
    b: tom({ seniority: 2 }),
    parts: [
      { value: 1, reason: r('match.reason.moreExperienced', { senior: 'Anna', junior: 'Tom' }) },
    ],
  },
  {
    title: 'mentoring: a mentor below the mentee is a mismatch',
    factor: 'seniority',
    settings: directed,
    a: anna({ seniority: 1 }),
    b: tom({ seniority: 3 }),
    parts: [{ value: -1, reason: r('match.reason.seniorityMismatch') }],
  },
  {
    title: 'peers: equal seniority is similar',
    factor: 'seniority',
    a: anna({ seniority: 3 }),
    b: tom({ seniority: 3 }),
    parts: [{ value: 1, reason: r('match.reason.similarSeniority') }],
  },
  {
    title: 'directed tenure counts the first person’s years',
    factor: 'tenure',
    settings: directed,
    a: anna({ startDate: '2020-03-04' }),
    b: tom({ startDate: '2026-02-01' }),
    parts: [{ value: 1, reason: r('match.reason.longTenure', { name: 'Anna', count: 6 }) }],
  },
  {
    title: 'peer tenure rewards a mix',
    factor: 'tenure',
    a: anna({ startDate: '2026-01-04' }),
    b: tom({ startDate: '2023-03-04' }),
    parts: [
      { value: 0.568, reason: r('match.reason.tenureMix', { newer: 'Anna', longer: 'Tom' }) },
    ],
  },
  {
    title: 'close support need meets an autonomous partner',
    factor: 'supportNeed',
    a: anna({ supportNeed: 5 }),
    b: tom({ supportNeed: 1 }),
    parts: [
      { value: 1, reason: r('match.reason.supportFit', { supporter: 'Tom', supported: 'Anna' }) },
    ],
  },
  {
    title: 'directed support only flows from mentor to mentee',
    factor: 'supportNeed',
    settings: directed,
    a: anna({ supportNeed: 5 }),
    b: tom({ supportNeed: 1 }),
    parts: [],
  },
  {
    title: 'a pairing last round costs the full weight',
    factor: 'recency',
    a: anna(),
    b: tom(),
    world: { history: [{ members: ['tom', 'anna'], roundsAgo: 1 }] },
    parts: [{ value: -1, reason: r('match.reason.pairedBefore', { count: 1 }) }],
  },
  {
    title: 'older pairings fade; the most recent one counts',
    factor: 'recency',
    a: anna(),
    b: tom(),
    world: {
      history: [
        { members: ['anna', 'x', 'tom'], roundsAgo: 4 },
        { members: ['anna', 'tom'], roundsAgo: 5 },
      ],
    },
    parts: [{ value: -0.5, reason: r('match.reason.pairedBefore', { count: 4 }) }],
  },
  {
    title: 'pairings beyond the horizon are forgotten',
    factor: 'recency',
    a: anna(),
    b: tom(),
    world: { history: [{ members: ['anna', 'tom'], roundsAgo: 7 }] },
    parts: [],
  },
];

describe('factors', () => {
  it.each(cases)('$factor: $title', ({ factor, a, b, settings, world: extra, parts }) => {
    const ctx = createFitContext([a, b], { ...world, ...extra });
    const args = [ctx.profile(a.id), ctx.profile(b.id), ctx, settings ?? peer] as const;
    const got = FACTORS[factor].explain(...args);
    expect(got.map((p) => p.reason)).toEqual(parts.map((p) => p.reason));
    got.forEach((part, i) => {
      expect(part.value).toBeCloseTo(parts[i].value, 2);
    });
    const sum = got.reduce((total, part) => total + part.value, 0);
    expect(FACTORS[factor].value(...args)).toBeCloseTo(sum, 12);
  });
});

describe('a factor’s value is the sum of its explained parts', () => {
  it.each(FACTOR_NAMES)('%s, for any two people in any programme', (factor) => {
    const kinds: ProgrammeKind[] = [
      'buddy',
      'mentoring',
      'reverseMentoring',
      'onboarding',
      'coffee',
    ];
    fc.assert(
      fc.property(arbitraryPeople(2, 2), fc.constantFrom(...kinds), (people, kind) => {
        const history = [{ members: ['p0', 'p1'], roundsAgo: 2 }];
        const ctx = createFitContext(people, {
          now: NOW,
          history,
          teamParents: { t1: 't0', t2: 't0', t3: null },
        });
        const args = [ctx.profile('p0'), ctx.profile('p1'), ctx, fitSettingsFor(kind)] as const;
        const sum = FACTORS[factor].explain(...args).reduce((total, part) => total + part.value, 0);
        expect(FACTORS[factor].value(...args)).toBeCloseTo(sum, 12);
      }),
      { numRuns: 50 },
    );
  });
});

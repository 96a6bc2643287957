import { describe, expect, it } from 'vitest';
import { AccountView, LearningView, PersonCard, PersonProfile } from '../../contracts/people';
import type { GoalRecord } from '../../db/repositories/learningGoals';
import type { PersonParts } from './loadPersonParts';
import { toPersonCard, toPersonProfile } from './personView';

const site = { id: '00000000-0000-4000-8000-00000000000a', name: 'Gent' };
const parts: PersonParts = {
  record: {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Tom Peeters',
    email: 'tom@example.test',
    role: 'employee',
    status: 'active',
    jobTitle: 'Analyst',
    team: { id: '00000000-0000-4000-8000-000000000002', name: 'Finance' },
    manager: { id: '00000000-0000-4000-8000-000000000003', name: 'Els' },
    site,
    startDate: '2025-01-06',
    seniority: 'junior',
    languages: ['nl', 'en'],
    timeZone: 'Europe/Brussels',
    locale: 'nl',
  },
  workDays: [
    {
      weekday: 2,
      mode: 'office',
      siteId: site.id,
      siteName: 'Gent',
      startMinute: 480,
      endMinute: 960,
    },
    { weekday: 3, mode: 'home', siteId: null, siteName: null, startMinute: 480, endMinute: 960 },
  ],
  skills: [
    {
      personId: '00000000-0000-4000-8000-000000000001',
      skillId: '00000000-0000-4000-8000-000000000004',
      name: 'Power BI',
      category: 'digital_tools',
      kind: 'wanted',
      value: 3,
    },
  ],
};
const goal: GoalRecord = {
  id: '00000000-0000-4000-8000-000000000005',
  personId: parts.record.id,
  title: 'Dashboards',
  why: 'Monthly report',
  skill: null,
  targetDate: null,
  status: 'open',
  progress: 10,
  createdAt: new Date('2026-01-01T10:00:00Z'),
  updatedAt: new Date('2026-01-02T10:00:00Z'),
};
const learning = {
  profile: { supportNeed: 5, learningWays: ['colleagues' as const] },
  goals: [goal],
};
const keys = (schema: { properties: object }) => Object.keys(schema.properties).sort();

describe('person views', () => {
  it('a card has exactly the public fields and nothing private', () => {
    const card = toPersonCard(parts);
    expect(Object.keys(card).sort()).toEqual(keys(PersonCard));
    const text = JSON.stringify(card);
    for (const secret of [
      'tom@example.test',
      'supportNeed',
      'Els',
      '2025-01-06',
      'junior',
      '480',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(card.siteDays).toEqual([{ weekday: 2, siteId: site.id, siteName: 'Gent' }]);
    expect(card.initials).toBe('TP');
  });

  it('a colleague gets the card only', () => {
    const view = toPersonProfile(parts, { learning: false, account: false }, learning);
    expect(Object.keys(view).sort()).toEqual(keys(PersonCard));
  });

  it('a manager up the chain also gets the learning profile, not the account', () => {
    const view = toPersonProfile(parts, { learning: true, account: false }, learning);
    expect(Object.keys(view).sort()).toEqual([...keys(PersonCard), 'learning'].sort());
    expect(Object.keys(view.learning!).sort()).toEqual(keys(LearningView));
    expect(view.learning).toMatchObject({ supportNeed: 5, learningWays: ['colleagues'] });
    expect(view.learning!.goals[0]).toMatchObject({
      title: 'Dashboards',
      createdAt: '2026-01-01T10:00:00.000Z',
    });
  });

  it('leaves out ways of learning that are not in the list', () => {
    const stored = { supportNeed: 2, learningWays: ['courses', 'video'] };
    const view = toPersonProfile(
      parts,
      { learning: true, account: false },
      {
        profile: stored,
        goals: [],
      },
    );
    expect(view.learning!.learningWays).toEqual(['video']);
  });

  it('the person and admins get every layer, with the whole week', () => {
    const view = toPersonProfile(parts, { learning: true, account: true }, learning);
    expect(Object.keys(view).sort()).toEqual(keys(PersonProfile));
    expect(Object.keys(view.account!).sort()).toEqual(keys(AccountView));
    expect(view.account!.workPattern.map((d) => d.mode)).toEqual([
      'off',
      'office',
      'home',
      'off',
      'off',
      'off',
      'off',
    ]);
    expect(view.account!.workPattern[1]).toMatchObject({ startTime: '08:00', endTime: '16:00' });
  });
});

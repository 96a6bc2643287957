import { describe, expect, it } from 'vitest';
import type { MyProfile } from '../../../contracts/profile';
import { bodyFromDraft, draftFromProfile, profileCompleteness } from './profileDraft';

const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  mode: weekday <= 5 ? ('home' as const) : ('off' as const),
  siteId: null,
  startTime: '09:00',
  endTime: '17:00',
}));

function profile(overrides: Partial<MyProfile> = {}): MyProfile {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Anna Peeters',
    initials: 'AP',
    jobTitle: 'Controller',
    team: null,
    site: null,
    languages: ['nl', 'en'],
    siteDays: [],
    skillsOffered: [
      {
        skillId: '00000000-0000-4000-8000-0000000000a1',
        name: 'Excel',
        category: 'digital_tools',
        level: 4,
      },
    ],
    skillsWanted: [
      {
        skillId: '00000000-0000-4000-8000-0000000000a2',
        name: 'Power BI',
        category: 'digital_tools',
        priority: 3,
      },
    ],
    account: {
      email: 'anna@example.com',
      role: 'employee',
      status: 'active',
      manager: null,
      startDate: '2024-03-01',
      seniority: 'medior',
      timeZone: 'Europe/Brussels',
      locale: 'nl',
      workPattern: week,
    },
    learning: { supportNeed: 2, learningWays: ['colleagues'] },
    ...overrides,
  };
}

describe('the profile form', () => {
  it('sends back what it was given, with levels and priorities in their own fields', () => {
    const body = bodyFromDraft(draftFromProfile(profile()), 'nl');
    expect(body).toEqual({
      name: 'Anna Peeters',
      jobTitle: 'Controller',
      languages: ['nl', 'en'],
      timeZone: 'Europe/Brussels',
      locale: 'nl',
      startDate: '2024-03-01',
      seniority: 'medior',
      workPattern: week,
      skillsOffered: [{ skillId: '00000000-0000-4000-8000-0000000000a1', level: 4 }],
      skillsWanted: [{ skillId: '00000000-0000-4000-8000-0000000000a2', priority: 3 }],
      supportNeed: 2,
      learningWays: ['colleagues'],
    });
  });

  it('sends no site for a day that is not on site, and no empty job title', () => {
    const draft = draftFromProfile(profile());
    draft.jobTitle = '   ';
    draft.workPattern[0] = { ...draft.workPattern[0], mode: 'home', siteId: 'left-over' };
    const body = bodyFromDraft(draft, 'en');
    expect(body.jobTitle).toBeNull();
    expect(body.workPattern[0].siteId).toBeNull();
    expect(body.locale).toBe('en');
  });
});

describe('profile completeness', () => {
  it('is whole when every part is filled in', () => {
    expect(profileCompleteness(profile())).toEqual({ share: 1, missing: [] });
  });

  it('names what is missing: a week of days off counts as no work week', () => {
    const empty = profile({
      jobTitle: null,
      languages: [],
      skillsOffered: [],
      skillsWanted: [],
      learning: { supportNeed: 3, learningWays: [] },
    });
    empty.account = { ...empty.account, workPattern: week.map((d) => ({ ...d, mode: 'off' })) };
    expect(profileCompleteness(empty)).toEqual({
      share: 0,
      missing: [
        'jobTitle',
        'languages',
        'workPattern',
        'skillsOffered',
        'skillsWanted',
        'learningWays',
      ],
    });
  });

  it('counts each filled part as one sixth', () => {
    const { share, missing } = profileCompleteness(profile({ skillsWanted: [] }));
    expect(missing).toEqual(['skillsWanted']);
    expect(share).toBeCloseTo(5 / 6);
  });
});

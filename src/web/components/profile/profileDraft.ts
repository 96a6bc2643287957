import type { MyProfile, MyProfileBody } from '../../../contracts/profile';
import type { Locale } from '../../../i18n/locales';

export interface DraftSkill {
  skillId: string;
  name: string;
  /** Level (1–5) for a skill offered, priority (1–3) for one wanted. */
  value: number;
}

/** The profile form's state: the request body, with skill names kept for display. */
export type ProfileDraft = Omit<MyProfileBody, 'skillsOffered' | 'skillsWanted' | 'locale'> & {
  skillsOffered: DraftSkill[];
  skillsWanted: DraftSkill[];
};

export function draftFromProfile(profile: MyProfile): ProfileDraft {
  return {
    name: profile.name,
    jobTitle: profile.jobTitle,
    languages: profile.languages,
    timeZone: profile.account.timeZone,
    startDate: profile.account.startDate,
    seniority: profile.account.seniority,
    workPattern: profile.account.workPattern.map((day) => ({
      weekday: day.weekday,
      mode: day.mode,
      siteId: day.siteId,
      startTime: day.startTime,
      endTime: day.endTime,
    })),
    skillsOffered: profile.skillsOffered.map((s) => ({
      skillId: s.skillId,
      name: s.name,
      value: s.level,
    })),
    skillsWanted: profile.skillsWanted.map((s) => ({
      skillId: s.skillId,
      name: s.name,
      value: s.priority,
    })),
    supportNeed: profile.learning.supportNeed,
    learningWays: profile.learning.learningWays,
  };
}

/** The body sent; the language stays what the person chose in the header. */
export function bodyFromDraft(draft: ProfileDraft, locale: Locale): MyProfileBody {
  return {
    ...draft,
    jobTitle: draft.jobTitle?.trim() ? draft.jobTitle.trim() : null,
    locale,
    workPattern: draft.workPattern.map((day) => ({
      ...day,
      siteId: day.mode === 'office' ? (day.siteId ?? null) : null,
    })),
    skillsOffered: draft.skillsOffered.map((s) => ({ skillId: s.skillId, level: s.value })),
    skillsWanted: draft.skillsWanted.map((s) => ({ skillId: s.skillId, priority: s.value })),
  };
}

/** How much of the profile is filled in, 0 to 1: what the home page nudges people to finish. */
export function profileCompleteness(profile: MyProfile): {
  share: number;
  missing: Array<
    'jobTitle' | 'languages' | 'workPattern' | 'skillsOffered' | 'skillsWanted' | 'learningWays'
  >;
} {
  const checks = {
    jobTitle: Boolean(profile.jobTitle),
    languages: profile.languages.length > 0,
    workPattern: profile.account.workPattern.some((day) => day.mode !== 'off'),
    skillsOffered: profile.skillsOffered.length > 0,
    skillsWanted: profile.skillsWanted.length > 0,
    learningWays: profile.learning.learningWays.length > 0,
  };
  const missing = (Object.keys(checks) as Array<keyof typeof checks>).filter((key) => !checks[key]);
  return { share: 1 - missing.length / Object.keys(checks).length, missing };
}

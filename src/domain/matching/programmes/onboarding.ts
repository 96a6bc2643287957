/**
 * Onboarding godparents: everyone who started recently (or is about to) gets an experienced
 * colleague, preferably at the same site or in the same department; each godparent takes up to
 * their capacity. Roles are not asked for: start dates decide who is new and who is experienced.
 */
import { DEFAULT_FIT_SETTINGS, type MatchPerson, reason } from '../fit';
import { invalidMentoringSetting, runBipartite } from './bipartiteRound';
import { isResult, prepareRound } from './round';
import {
  DEFAULT_CAPACITY,
  type MatchResult,
  type OnboardingSettings,
  type ProgrammeInput,
  type Unmatched,
} from './types';

const MS_PER_DAY = 86_400_000;

function invalidOnboardingSetting(s: OnboardingSettings): string | null {
  const days = (v: number | undefined) => v === undefined || (Number.isInteger(v) && v >= 0);
  if (!days(s.newcomerDays)) return 'newcomerDays';
  if (!days(s.minGodparentTenureDays)) return 'minGodparentTenureDays';
  if (s.requireSiteOrDepartment !== undefined && typeof s.requireSiteOrDepartment !== 'boolean') {
    return 'requireSiteOrDepartment';
  }
  return invalidMentoringSetting(s);
}

/** Matches are `[godparentId, newcomerId]`. */
export function matchOnboarding(input: ProgrammeInput<OnboardingSettings>): MatchResult {
  const settings = input.settings ?? {};
  const constraints = settings.fit?.constraints ?? DEFAULT_FIT_SETTINGS.onboarding.constraints;
  const withRule: ProgrammeInput<OnboardingSettings> = settings.requireSiteOrDepartment
    ? {
        ...input,
        settings: {
          ...settings,
          fit: { ...settings.fit, constraints: [...constraints, 'siteOrDepartment'] },
        },
      }
    : input;
  const round = prepareRound('onboarding', withRule, invalidOnboardingSetting);
  if (isResult(round)) return round;

  const nowMs = input.round.now.getTime();
  const newcomerSince = nowMs - (settings.newcomerDays ?? 90) * MS_PER_DAY;
  const godparentBefore = nowMs - (settings.minGodparentTenureDays ?? 365) * MS_PER_DAY;
  const capacityOf = (p: MatchPerson) =>
    p.capacity ?? settings.defaultCapacity ?? DEFAULT_CAPACITY.onboarding;

  const newcomers: MatchPerson[] = [];
  const godparents: MatchPerson[] = [];
  const excluded: Unmatched[] = [];
  for (const person of round.eligible) {
    const started = person.startDate === null ? null : Date.parse(`${person.startDate}T00:00:00Z`);
    if (started !== null && started >= newcomerSince) newcomers.push(person);
    else if (started === null || started > godparentBefore) {
      excluded.push({ id: person.id, reason: reason('match.unmatched.notNewcomerOrExperienced') });
    } else if (capacityOf(person) > 0) godparents.push(person);
    else excluded.push({ id: person.id, reason: reason('match.unmatched.noCapacity') });
  }
  round.unmatched.push(...excluded);
  return runBipartite('onboarding', input, round, {
    learners: newcomers,
    experienced: godparents,
    capacity: capacityOf,
    objective: settings.objective ?? 'max-cardinality',
  });
}

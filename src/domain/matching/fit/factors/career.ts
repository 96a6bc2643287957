/**
 * Experience. In directed programmes (mentoring, onboarding) the first person should be further
 * along: more senior by about the programme's target gap, longer in the organisation, and steady
 * enough to support a learner who asked for close support. Between peers (buddy, coffee) similar
 * seniority and a mix of newer and longer-serving people work best.
 */
import { supportNeedLevel } from '../context';
import { reason } from '../reason';
import type { Factor } from './factor';

/** A gap this far from the target turns the seniority factor fully negative. */
const SENIORITY_SPAN = 2;
const TENURE_CAP_YEARS = 5;

export const seniority: Factor = (a, b, _ctx, settings) => {
  if (a.person.seniority === null || b.person.seniority === null) return [];
  const signed = a.person.seniority - b.person.seniority;
  const gap = settings.directed ? signed : Math.abs(signed);
  const value = Math.max(
    -1,
    Math.min(1, 1 - Math.abs(gap - settings.seniorityTargetGap) / SENIORITY_SPAN),
  );
  if (value === 0) return [];
  if (value < 0) return [{ value, reason: reason('match.reason.seniorityMismatch') }];
  if (Math.abs(signed) < 1) return [{ value, reason: reason('match.reason.similarSeniority') }];
  const [senior, junior] = signed > 0 ? [a, b] : [b, a];
  const params = { senior: senior.person.name, junior: junior.person.name };
  return [{ value, reason: reason('match.reason.moreExperienced', params) }];
};

export const tenure: Factor = (a, b, _ctx, settings) => {
  const [yearsA, yearsB] = [a.tenureYears, b.tenureYears];
  if (settings.directed) {
    if (yearsA === null || yearsA < 1) return [];
    const params = { name: a.person.name, count: Math.floor(yearsA) };
    const value = Math.min(yearsA, TENURE_CAP_YEARS) / TENURE_CAP_YEARS;
    return [{ value, reason: reason('match.reason.longTenure', params) }];
  }
  if (yearsA === null || yearsB === null) return [];
  const difference = Math.abs(yearsA - yearsB);
  if (difference < 1) return [];
  const [newer, longer] = yearsA < yearsB ? [a, b] : [b, a];
  const params = { newer: newer.person.name, longer: longer.person.name };
  const value = Math.min(difference, TENURE_CAP_YEARS) / TENURE_CAP_YEARS;
  return [{ value, reason: reason('match.reason.tenureMix', params) }];
};

/**
 * Someone who asked for close support gains most from a partner who works autonomously; two
 * people who both need close support leave each other stranded.
 */
export const supportNeed: Factor = (a, b, _ctx, settings) => {
  const needA = supportNeedLevel(a.person.supportNeed);
  const needB = supportNeedLevel(b.person.supportNeed);
  const forward = needB * (1 - needA);
  const backward = settings.directed ? 0 : needA * (1 - needB);
  const value = Math.max(forward, backward);
  if (value <= 0) return [];
  const [supporter, supported] = forward >= backward ? [a, b] : [b, a];
  const params = { supporter: supporter.person.name, supported: supported.person.name };
  return [{ value, reason: reason('match.reason.supportFit', params) }];
};

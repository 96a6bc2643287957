/**
 * Experience. In directed programmes (mentoring, onboarding) the first person should be further
 * along: more senior by about the programme's target gap, longer in the organisation, and steady
 * enough to support a learner who asked for close support. Between peers (buddy, coffee) similar
 * seniority and a mix of newer and longer-serving people work best.
 */
import { type Profile, supportNeedLevel } from '../context';
import { reason } from '../reason';
import { singlePart } from './factor';

/** A gap this far from the target turns the seniority factor fully negative. */
const SENIORITY_SPAN = 2;
const TENURE_CAP_YEARS = 5;

export const seniority = singlePart(
  (a, b, _ctx, settings) => {
    if (a.person.seniority === null || b.person.seniority === null) return null;
    const signed = a.person.seniority - b.person.seniority;
    const gap = settings.directed ? signed : Math.abs(signed);
    const distance = Math.abs(gap - settings.seniorityTargetGap) / SENIORITY_SPAN;
    return { signed, value: Math.max(-1, Math.min(1, 1 - distance)) };
  },
  (found) => found.value,
  ({ signed, value }, a, b) => {
    if (value < 0) return reason('match.reason.seniorityMismatch');
    if (Math.abs(signed) < 1) return reason('match.reason.similarSeniority');
    const [senior, junior] = signed > 0 ? [a, b] : [b, a];
    return reason('match.reason.moreExperienced', {
      senior: senior.person.name,
      junior: junior.person.name,
    });
  },
);

function tenureFit(a: Profile, b: Profile, directed: boolean) {
  const [yearsA, yearsB] = [a.tenureYears, b.tenureYears];
  if (directed) {
    if (yearsA === null || yearsA < 1) return null;
    return { years: yearsA, newer: b, longer: a };
  }
  if (yearsA === null || yearsB === null) return null;
  const years = Math.abs(yearsA - yearsB);
  if (years < 1) return null;
  return yearsA < yearsB ? { years, newer: a, longer: b } : { years, newer: b, longer: a };
}

export const tenure = singlePart(
  (a, b, _ctx, settings) => tenureFit(a, b, settings.directed),
  ({ years }) => Math.min(years, TENURE_CAP_YEARS) / TENURE_CAP_YEARS,
  ({ years, newer, longer }, _a, _b, _ctx, settings) =>
    settings.directed
      ? reason('match.reason.longTenure', { name: longer.person.name, count: Math.floor(years) })
      : reason('match.reason.tenureMix', { newer: newer.person.name, longer: longer.person.name }),
);

/**
 * Someone who asked for close support gains most from a partner who works autonomously; two
 * people who both need close support leave each other stranded.
 */
export const supportNeed = singlePart(
  (a, b, _ctx, settings) => {
    const needA = supportNeedLevel(a.person.supportNeed);
    const needB = supportNeedLevel(b.person.supportNeed);
    const forward = needB * (1 - needA);
    const backward = settings.directed ? 0 : needA * (1 - needB);
    return forward >= backward
      ? { value: forward, supporter: a, supported: b }
      : { value: backward, supporter: b, supported: a };
  },
  (found) => found.value,
  ({ supporter, supported }) =>
    reason('match.reason.supportFit', {
      supporter: supporter.person.name,
      supported: supported.person.name,
    }),
);

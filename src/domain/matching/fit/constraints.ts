/**
 * Hard rules. A pair that breaks one is never proposed, whatever its score; the reason is kept so
 * a person left unmatched can be told why.
 */
import type { FitContext, Profile } from './context';
import { type Reason, reason } from './reason';
import type { ConstraintName, FitSettings } from './settings';

type Constraint = (a: Profile, b: Profile, ctx: FitContext, settings: FitSettings) => Reason | null;

function sharesSite(a: Profile, b: Profile): boolean {
  for (const site of a.sites.keys()) if (b.sites.has(site)) return true;
  return false;
}

export const CONSTRAINTS: Readonly<Record<ConstraintName, Constraint>> = {
  doNotPair: (a, b) =>
    a.person.doNotPairWith.includes(b.person.id) || b.person.doNotPairWith.includes(a.person.id)
      ? reason('match.blocked.doNotPair')
      : null,
  // A buddy or godparent is someone to ask what one would not ask one's manager.
  managerOrReport: (a, b) =>
    a.person.managerId === b.person.id || b.person.managerId === a.person.id
      ? reason('match.blocked.managerOrReport')
      : null,
  // A mentor anywhere up the mentee's line has a stake in their appraisal.
  reportingLine: (a, b) =>
    a.managers.has(b.person.id) || b.managers.has(a.person.id)
      ? reason('match.blocked.reportingLine')
      : null,
  workingHoursOverlap: (a, b, ctx, settings) =>
    ctx.overlap(a, b).longest < settings.minOverlapMinutes
      ? reason('match.blocked.workingHoursOverlap', { count: settings.minOverlapMinutes })
      : null,
  recentPairing: (a, b, _ctx, settings) => {
    const roundsAgo = a.pastPartners.get(b.person.id);
    return roundsAgo !== undefined && roundsAgo <= settings.noRepeatRounds
      ? reason('match.blocked.recentPairing', { count: settings.noRepeatRounds })
      : null;
  },
  siteOrDepartment: (a, b) => {
    const department = a.person.departmentId;
    const sameDepartment = Boolean(department) && department === b.person.departmentId;
    return sameDepartment || sharesSite(a, b) ? null : reason('match.blocked.siteOrDepartment');
  },
};

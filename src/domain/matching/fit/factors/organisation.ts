/**
 * Where two people sit in the organisation and whether they can talk. Buddies and godparents help
 * most from nearby (same team or department); mentoring and coffee are about reaching beyond one's
 * own team, so they weight the mix instead.
 */
import type { FitContext, Profile } from '../context';
import { reason } from '../reason';
import { singlePart } from './factor';

/** Teams this many steps apart in the tree count as unrelated. */
const FAR_TEAMS = 4;

function proximity(a: Profile, b: Profile, ctx: FitContext): number {
  return Math.max(0, 1 - ctx.teamDistance(a, b) / FAR_TEAMS);
}

function sameDepartment(a: Profile, b: Profile): boolean {
  return Boolean(a.person.departmentId) && a.person.departmentId === b.person.departmentId;
}

export const teamProximity = singlePart(
  proximity,
  (value) => value,
  (_, a, b) => {
    if (a.person.teamId === b.person.teamId) return reason('match.reason.sameTeam');
    return reason(sameDepartment(a, b) ? 'match.reason.sameDepartment' : 'match.reason.nearbyTeam');
  },
);

export const teamMix = singlePart(
  (a, b, ctx) => 1 - proximity(a, b, ctx),
  (value) => value,
  (_, a, b) => {
    const { departmentId: mine } = a.person;
    const { departmentId: theirs } = b.person;
    const otherDepartment = mine && theirs && mine !== theirs;
    return reason(otherDepartment ? 'match.reason.otherDepartment' : 'match.reason.otherTeam');
  },
);

/**
 * The shared language both rank highest (lowest sum of positions, then code), so (a, b) and
 * (b, a) name the same one; '' when they share none.
 */
function sharedLanguage(a: Profile, b: Profile): string | null {
  const mine = a.person.languages;
  const theirs = b.person.languages;
  if (mine.length === 0 || theirs.length === 0) return null;
  let shared = '';
  let sharedRank = Number.POSITIVE_INFINITY;
  for (let i = 0; i < mine.length; i++) {
    const j = theirs.indexOf(mine[i]);
    if (j < 0) continue;
    if (i + j < sharedRank || (i + j === sharedRank && mine[i] < shared)) {
      shared = mine[i];
      sharedRank = i + j;
    }
  }
  return shared;
}

export const language = singlePart(
  sharedLanguage,
  // Without a common language there is no conversation: this weighs more than any shared one.
  (shared) => (shared === '' ? -3 : 1),
  (shared) =>
    shared === ''
      ? reason('match.reason.noSharedLanguage')
      : reason('match.reason.sharedLanguage', { language: shared }),
);

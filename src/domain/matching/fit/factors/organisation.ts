/**
 * Where two people sit in the organisation and whether they can talk. Buddies and godparents help
 * most from nearby (same team or department); mentoring and coffee are about reaching beyond one's
 * own team, so they weight the mix instead.
 */
import type { FitContext, Profile } from '../context';
import { reason } from '../reason';
import type { Factor } from './factor';

/** Teams this many steps apart in the tree count as unrelated. */
const FAR_TEAMS = 4;

function proximity(a: Profile, b: Profile, ctx: FitContext): number {
  return Math.max(0, 1 - ctx.teamDistance(a.person, b.person) / FAR_TEAMS);
}

function sameDepartment(a: Profile, b: Profile): boolean {
  return Boolean(a.person.departmentId) && a.person.departmentId === b.person.departmentId;
}

export const teamProximity: Factor = (a, b, ctx) => {
  const value = proximity(a, b, ctx);
  if (value <= 0) return [];
  if (a.person.teamId === b.person.teamId)
    return [{ value, reason: reason('match.reason.sameTeam') }];
  const key = sameDepartment(a, b) ? 'match.reason.sameDepartment' : 'match.reason.nearbyTeam';
  return [{ value, reason: reason(key) }];
};

export const teamMix: Factor = (a, b, ctx) => {
  const value = 1 - proximity(a, b, ctx);
  if (value <= 0) return [];
  const { departmentId: mine } = a.person;
  const { departmentId: theirs } = b.person;
  const key =
    mine && theirs && mine !== theirs ? 'match.reason.otherDepartment' : 'match.reason.otherTeam';
  return [{ value, reason: reason(key) }];
};

/**
 * The shared language both rank highest (lowest sum of positions, then code), so (a, b) and
 * (b, a) name the same one.
 */
export const language: Factor = (a, b) => {
  const mine = a.person.languages;
  const theirs = b.person.languages;
  if (mine.length === 0 || theirs.length === 0) return [];
  let shared: string | null = null;
  let sharedRank = Number.POSITIVE_INFINITY;
  for (let i = 0; i < mine.length; i++) {
    const j = theirs.indexOf(mine[i]);
    if (j < 0) continue;
    if (i + j < sharedRank || (i + j === sharedRank && mine[i] < shared!)) {
      shared = mine[i];
      sharedRank = i + j;
    }
  }
  // Without a common language there is no conversation: this weighs more than any shared one.
  if (shared === null) return [{ value: -3, reason: reason('match.reason.noSharedLanguage') }];
  return [{ value: 1, reason: reason('match.reason.sharedLanguage', { language: shared }) }];
};

import type { Random } from './random';

export const MIN_TEAM_SIZE = 4;
export const MAX_TEAM_SIZE = 12;

export interface TeamShape {
  /** Index of the parent team; every parent comes before its children. */
  parent: number | null;
  /** People in the team, its manager included. */
  size: number;
  /** Index into the chosen departments; null for the executive team at the root. */
  department: number | null;
}

/**
 * Splits `people` into teams of 4–12 and arranges them as a tree: the executive team at the root,
 * one team per department under it, and the rest of the teams under their department, a few
 * under each manager, so that a large company is several levels deep rather than flat.
 */
export function planTeams(people: number, departmentCount: number, random: Random): TeamShape[] {
  if (people < MIN_TEAM_SIZE) throw new RangeError(`at least ${MIN_TEAM_SIZE} people are needed`);
  const averageSize = 6.5 + random.next() * 2;
  const teamCount = Math.min(
    Math.floor(people / MIN_TEAM_SIZE),
    Math.max(Math.ceil(people / MAX_TEAM_SIZE), Math.round(people / averageSize), 1),
  );
  const sizes = teamSizes(people, teamCount, random);

  const teams: TeamShape[] = [{ parent: null, size: sizes[0], department: null }];
  const departmentTotal = Math.min(teamCount - 1, departmentCount);
  const members: number[][] = [];
  for (let d = 0; d < departmentTotal; d++) {
    members.push([teams.length]);
    teams.push({ parent: 0, size: sizes[teams.length], department: d });
  }
  // Departments differ in size; a few under each manager gives a tree several levels deep.
  const weights = members.map((_, d) => [d, 1 + random.next() * 3] as const);
  const branching = members.map(() => random.int(3, 6));
  while (teams.length < teamCount) {
    const d = random.weighted(weights);
    const list = members[d];
    const parent = list[Math.floor((list.length - 1) / branching[d])];
    list.push(teams.length);
    teams.push({ parent, size: sizes[teams.length], department: d });
  }
  return teams;
}

/** `count` sizes from 4 to 12 that add up to `people`. */
function teamSizes(people: number, count: number, random: Random): number[] {
  const sizes = new Array<number>(count).fill(MIN_TEAM_SIZE);
  const withRoom = Array.from({ length: count }, (_, i) => i);
  let left = people - count * MIN_TEAM_SIZE;
  while (left > 0) {
    const slot = random.int(0, withRoom.length - 1);
    const team = withRoom[slot];
    sizes[team]++;
    left--;
    if (sizes[team] === MAX_TEAM_SIZE) {
      withRoom[slot] = withRoom[withRoom.length - 1];
      withRoom.pop();
    }
  }
  return sizes;
}

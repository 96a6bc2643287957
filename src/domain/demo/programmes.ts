import type { ParticipantRole, ProgrammeKind } from '../programmes/kinds';
import type { DemoOrganisation } from './generateDemoOrganisation';

export interface DemoProgrammePlan {
  kind: ProgrammeKind;
  /** Person index → role in the programme. */
  participants: Map<number, ParticipantRole>;
}

const DAY_MS = 86_400_000;
/** Cohorts stay this small whatever the organisation's size, so the demo is made in seconds. */
const COHORT = { coffee: 120, buddy: 60, mentors: 25, mentees: 40, reverse: 15, newcomers: 30 };

/** Every `step`-th index from a list, up to `limit`: spread over the whole organisation. */
function spread(indexes: number[], limit: number): number[] {
  if (indexes.length <= limit) return indexes;
  const step = indexes.length / limit;
  return Array.from({ length: limit }, (_, i) => indexes[Math.floor(i * step)]);
}

const daysBetween = (from: string, today: string) =>
  Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * Who takes part in each demo programme: one of every kind, each with a cohort small enough to
 * match quickly, and the sample employee in coffee, buddy and mentoring so the demo shows them
 * matches of their own.
 */
export function demoProgrammePlans(demo: DemoOrganisation, today: string): DemoProgrammePlan[] {
  const everyone = demo.people.map((_, i) => i);
  const { employee, manager } = demo.samples;
  const withSamples = (list: number[], ...samples: number[]) => [...new Set([...samples, ...list])];
  const role = (list: number[], r: ParticipantRole) =>
    list.map((i) => [i, r] as [number, ParticipantRole]);

  const coffee = withSamples(spread(everyone, COHORT.coffee), employee, manager);

  // Buddies are paired inside a team: whole teams, starting with the sample employee's.
  const byTeam = new Map<number, number[]>();
  for (const i of everyone)
    byTeam.set(demo.people[i].team, [...(byTeam.get(demo.people[i].team) ?? []), i]);
  const teamOrder = [
    demo.people[employee].team,
    ...[...byTeam.keys()].filter((t) => t !== demo.people[employee].team),
  ];
  const buddy: number[] = [];
  for (const team of teamOrder) {
    if (buddy.length >= COHORT.buddy) break;
    const members = byTeam.get(team) ?? [];
    if (members.length >= 2) buddy.push(...members);
  }

  const senior = everyone.filter((i) => ['senior', 'lead'].includes(demo.people[i].seniority));
  const junior = everyone.filter((i) => ['junior', 'medior'].includes(demo.people[i].seniority));
  const mentors = spread(
    senior.filter((i) => i !== employee),
    COHORT.mentors,
  );
  const mentees = withSamples(
    spread(
      junior.filter((i) => !mentors.includes(i)),
      COHORT.mentees,
    ),
    ...(mentors.includes(employee) ? [] : [employee]),
  );
  const reverseMentors = spread(
    senior.filter((i) => !mentors.includes(i)),
    COHORT.reverse,
  );
  const reverseMentees = spread(
    junior.filter((i) => !mentees.includes(i) && demo.people[i].seniority === 'junior'),
    COHORT.reverse,
  );

  const newcomers = spread(
    everyone.filter((i) => daysBetween(demo.people[i].startDate, today) < 90),
    COHORT.newcomers,
  );
  const godparents = spread(
    everyone.filter((i) => daysBetween(demo.people[i].startDate, today) >= 365),
    COHORT.newcomers * 2,
  );

  return [
    { kind: 'buddy', participants: new Map(role(buddy, 'participant')) },
    {
      kind: 'mentoring',
      participants: new Map([...role(mentors, 'mentor'), ...role(mentees, 'mentee')]),
    },
    {
      kind: 'reverse_mentoring',
      participants: new Map([...role(reverseMentors, 'mentor'), ...role(reverseMentees, 'mentee')]),
    },
    {
      kind: 'onboarding',
      participants: new Map([...role(godparents, 'godparent'), ...role(newcomers, 'newcomer')]),
    },
    { kind: 'coffee', participants: new Map(role(coffee, 'participant')) },
  ];
}

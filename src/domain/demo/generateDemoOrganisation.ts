import { type Department, departments, executive, HR_DEPARTMENT } from './departments';
import {
  type DemoLearningProfile,
  generateLearningProfile,
  type Seniority,
} from './learningProfile';
import { EmailBook, nativeLanguage, personName, spokenLanguages } from './people';
import { createRandom, type Random } from './random';
import { abroad, type DemoSite, demoSites, HEAD_OFFICE, type Language, type Region } from './sites';
import { type DemoSkill, demoSkills } from './skills';
import { planTeams } from './teamTree';
import { type DemoWorkDay, generateWorkPattern, type Weekday } from './workPattern';

export interface DemoOptions {
  people: number;
  seed: number;
  name: string;
  /** Everyone's address ends in @ this domain. */
  emailDomain: string;
  /** Today, YYYY-MM-DD: start dates and newcomers are placed around it. */
  today: string;
}

export interface DemoTeam {
  name: string;
  department: string;
  parent: number | null;
  /** Index of the person who manages the team; they are a member of it. */
  manager: number;
  site: number;
}

export interface DemoPerson {
  name: string;
  email: string;
  role: 'employee' | 'manager' | 'admin';
  jobTitle: string;
  team: number;
  /** Always an earlier person, so people can be written in order. */
  manager: number | null;
  startDate: string;
  seniority: Seniority;
  languages: Language[];
  timeZone: string;
  locale: 'nl' | 'en';
  /** The office the person belongs to; null when they always work from home. */
  site: number | null;
  workPattern: DemoWorkDay[];
  profile: DemoLearningProfile;
}

export interface DemoOrganisation {
  name: string;
  sites: readonly DemoSite[];
  skills: readonly DemoSkill[];
  teams: DemoTeam[];
  people: DemoPerson[];
  /** The accounts a visitor signs in with: an employee, their manager, and the admin. */
  samples: { employee: number; manager: number; admin: number };
}

export const MIN_DEMO_PEOPLE = 4;
export const MAX_DEMO_PEOPLE = 200_000;

const DAY_MS = 86_400_000;

/** A realistic Belgian company, the same one every time for the same options. */
export function generateDemoOrganisation(options: DemoOptions): DemoOrganisation {
  if (
    !Number.isInteger(options.people) ||
    options.people < MIN_DEMO_PEOPLE ||
    options.people > MAX_DEMO_PEOPLE
  ) {
    throw new RangeError(`people must be from ${MIN_DEMO_PEOPLE} to ${MAX_DEMO_PEOPLE}`);
  }
  const random = createRandom(options.seed);
  const todayMs = Date.parse(`${options.today}T00:00:00Z`);
  if (Number.isNaN(todayMs)) throw new RangeError('today must be YYYY-MM-DD');

  // HR & Learning comes first so that even a small company has the admin's department.
  const chosen: Department[] = [
    departments.find((d) => d.name === HR_DEPARTMENT)!,
    ...random.shuffle(departments.filter((d) => d.name !== HR_DEPARTMENT)),
  ];
  const shapes = planTeams(options.people, chosen.length, random);
  const teamNames = new TeamNames();
  const siteWeights = demoSites.map((site, index) => [index, site.weight] as const);
  const teams: DemoTeam[] = [];
  const teamDays: Weekday[] = [];
  const people: DemoPerson[] = [];
  const emails = new EmailBook(options.emailDomain);
  const hasChildren = new Set(shapes.map((shape) => shape.parent));

  shapes.forEach((shape, t) => {
    const department = shape.department === null ? executive : chosen[shape.department];
    const isDepartmentTeam = shape.parent === 0 || shape.parent === null;
    const site =
      isDepartmentTeam && random.chance(0.7) ? HEAD_OFFICE : random.weighted(siteWeights);
    const name =
      shape.parent === null
        ? executive.name
        : isDepartmentTeam
          ? department.name
          : teamNames.unique(`${random.pick(department.teamNames)} ${demoSites[site].city}`);
    teams.push({
      name,
      department: department.name,
      parent: shape.parent,
      manager: people.length,
      site,
    });
    teamDays.push(
      random.weighted<Weekday>([
        [1, 1],
        [2, 4],
        [3, 3],
        [4, 4],
        [5, 1],
      ]),
    );
    teamNames.add(name);

    for (let member = 0; member < shape.size; member++) {
      const isManager = member === 0;
      const managerIndex = isManager
        ? shape.parent === null
          ? null
          : teams[shape.parent].manager
        : teams[t].manager;
      people.push(
        generatePerson(
          {
            team: t,
            manager: managerIndex,
            isManager,
            isHead: isManager && isDepartmentTeam,
            leadsManagers: hasChildren.has(t),
            department,
            teamSite: site,
            teamDay: teamDays[t],
            todayMs,
            emails,
            siteWeights,
          },
          random,
        ),
      );
    }
  });

  const admin = chooseAdmin(teams, shapes.length > 1 ? 1 : 0, people);
  people[admin] = {
    ...people[admin],
    role: 'admin',
    jobTitle: 'Learning & Development Lead',
    seniority: 'senior',
  };
  const sampleTeam = teams.length - 1;
  const manager = teams[sampleTeam].manager;
  const reports = people
    .map((person, index) => ({ person, index }))
    .filter(({ person }) => person.manager === manager && person.role === 'employee');
  const settled = reports.find(
    ({ person }) => Date.parse(person.startDate) < todayMs - 60 * DAY_MS,
  );
  const employee = (settled ?? reports[0]).index;

  return {
    name: options.name,
    sites: demoSites,
    skills: demoSkills,
    teams,
    people,
    samples: { employee, manager, admin },
  };
}

/** The admin works in HR & Learning (or in the only team there is), never as its manager. */
function chooseAdmin(teams: DemoTeam[], team: number, people: DemoPerson[]): number {
  const index = people.findIndex((person, i) => person.team === team && i !== teams[team].manager);
  return index;
}

/** Team names are unique in an organisation; a repeated name gets the next number. */
class TeamNames {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();
  add(name: string) {
    this.used.add(name.toLowerCase());
  }
  unique(base: string): string {
    let n = this.next.get(base) ?? 1;
    let name = n === 1 ? base : `${base} ${n}`;
    while (this.used.has(name.toLowerCase())) name = `${base} ${++n}`;
    this.next.set(base, n + 1);
    return name;
  }
}

interface PersonContext {
  team: number;
  manager: number | null;
  isManager: boolean;
  isHead: boolean;
  leadsManagers: boolean;
  department: Department;
  teamSite: number;
  teamDay: Weekday;
  todayMs: number;
  emails: EmailBook;
  siteWeights: readonly (readonly [number, number])[];
}

function generatePerson(context: PersonContext, random: Random): DemoPerson {
  const { isManager, department } = context;
  const abroadPlace = !isManager && random.chance(0.012) ? random.weighted(abroadChoices) : null;
  let site: number | null = null;
  if (!abroadPlace && (isManager || !random.chance(0.05))) {
    site = random.chance(0.85) ? context.teamSite : random.weighted(context.siteWeights);
  }
  const region: Region = abroadPlace ? 'abroad' : demoSites[site ?? context.teamSite].region;
  const native = nativeLanguage(region, random);
  const languages = spokenLanguages(native, region, random);
  const { first, last } = personName(native, random);

  const newcomer = !isManager && random.chance(0.06);
  const seniority: Seniority = isManager
    ? context.leadsManagers || random.chance(0.4)
      ? 'lead'
      : 'senior'
    : newcomer
      ? random.weighted<Seniority>([
          ['junior', 6],
          ['medior', 3],
          ['senior', 1],
        ])
      : random.weighted<Seniority>([
          ['junior', 25],
          ['medior', 40],
          ['senior', 28],
          ['lead', 7],
        ]);
  const startOffsetDays = newcomer
    ? random.int(-60, 21)
    : -Math.round(yearsOfService(seniority, isManager, random) * 365);
  const startDate = new Date(context.todayMs + startOffsetDays * DAY_MS).toISOString().slice(0, 10);

  const locale = native === 'nl' ? 'nl' : 'en';
  return {
    name: `${first} ${last}`,
    email: context.emails.address(first, last),
    role: isManager ? 'manager' : 'employee',
    jobTitle: jobTitle(context, seniority, random),
    team: context.team,
    manager: context.manager,
    startDate,
    seniority,
    languages,
    timeZone: abroadPlace?.timeZone ?? 'Europe/Brussels',
    locale,
    site,
    workPattern: generateWorkPattern(
      {
        site,
        teamDay: context.teamDay,
        homeFriendly: department.homeFriendly,
        fixedHours: abroadPlace ? [abroadPlace.startMinute, abroadPlace.endMinute] : undefined,
      },
      random,
    ),
    profile: generateLearningProfile(
      {
        seniority,
        yearsInCompany: Math.max(0, -startOffsetDays / 365),
        newcomer,
        isManager,
        languages,
        nativeLanguage: native,
        departmentSkills: department.skills,
        locale,
      },
      random,
    ),
  };
}

const abroadChoices = abroad.map((place) => [place, place.weight] as const);

function yearsOfService(seniority: Seniority, isManager: boolean, random: Random): number {
  const [low, high] = { junior: [0.2, 3], medior: [1, 8], senior: [2, 20], lead: [3, 25] }[
    seniority
  ];
  const years = low + random.next() * (high - low);
  return isManager ? Math.max(years, 2) : years;
}

function jobTitle(context: PersonContext, seniority: Seniority, random: Random): string {
  const { department } = context;
  if (context.isHead) return department.head;
  if (context.isManager) return `Team Lead ${department.name}`;
  const job = random.pick(department.jobs);
  if (department === executive) return job;
  return { junior: `Junior ${job}`, medior: job, senior: `Senior ${job}`, lead: `Lead ${job}` }[
    seniority
  ];
}

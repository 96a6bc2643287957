import { type LearningWay, learningWays } from '../people/vocabulary';
import type { Random } from './random';
import type { Language } from './sites';
import {
  type DemoSkill,
  demoSkills,
  languageSkill,
  type SkillCategory,
  skillIndex,
} from './skills';

export type Seniority = 'junior' | 'medior' | 'senior' | 'lead';

export interface DemoGoal {
  title: string;
  skill: number | null;
  status: 'open' | 'in_progress' | 'done';
  progress: number;
  /** Months after today. */
  dueInMonths: number;
}

export interface DemoLearningProfile {
  offered: { skill: number; level: number }[];
  wanted: { skill: number; priority: number }[];
  supportNeed: number;
  learningWays: LearningWay[];
  goals: DemoGoal[];
}

export interface ProfileInput {
  seniority: Seniority;
  yearsInCompany: number;
  newcomer: boolean;
  isManager: boolean;
  languages: readonly Language[];
  nativeLanguage: Language;
  departmentSkills: readonly string[];
  locale: 'nl' | 'en';
}

const byCategory = new Map<SkillCategory, number[]>();
demoSkills.forEach((skill, index) => {
  const list = byCategory.get(skill.category) ?? [];
  list.push(index);
  byCategory.set(skill.category, list);
});

/**
 * What each person offers and wants. The spread follows the research behind reverse mentoring:
 * long-serving and senior people know the company and its strategy, juniors bring digital tools
 * and want company knowledge; newcomers want company knowledge most of all.
 */
type Pool = SkillCategory | 'department';

function categoryWeights(input: ProfileInput, kind: 'offered' | 'wanted'): [Pool, number][] {
  const junior = input.seniority === 'junior' ? 1 : 0;
  const senior = input.seniority === 'senior' || input.seniority === 'lead' ? 1 : 0;
  const tenure = Math.min(input.yearsInCompany / 10, 1);
  if (kind === 'offered') {
    return [
      ['company_knowledge', 0.3 + 3 * tenure],
      ['strategy', 0.2 + 2 * senior + (input.isManager ? 1 : 0)],
      ['digital_tools', 1 + 2.5 * junior - 0.6 * senior],
      ['department', 3],
      ['interpersonal', 0.8 + (input.isManager ? 1.5 : 0) + senior],
    ];
  }
  return [
    ['company_knowledge', 0.4 + 3 * junior + (input.newcomer ? 5 : 0)],
    ['strategy', 0.5 + 1.5 * junior + 0.5 * senior],
    ['digital_tools', 2.5 - 1.6 * junior + 1.2 * senior],
    ['department', 1.5],
    ['interpersonal', 1 + (input.isManager ? 1.5 : 0)],
    ['language', 0.5],
  ];
}

const departmentPools = new Map<readonly string[], number[]>();

function departmentPool(skills: readonly string[]): number[] {
  let pool = departmentPools.get(skills);
  if (!pool) {
    pool = skills.map(skillIndex);
    departmentPools.set(skills, pool);
  }
  return pool;
}

function pickSkill(
  weights: [Pool, number][],
  input: ProfileInput,
  taken: Set<number>,
  random: Random,
): number | null {
  for (let attempt = 0; attempt < 8; attempt++) {
    const category = random.weighted(weights);
    const pool =
      category === 'department'
        ? departmentPool(input.departmentSkills)
        : (byCategory.get(category) ?? []);
    const candidate = random.pick(pool);
    if (!taken.has(candidate)) return candidate;
  }
  return null;
}

const levelRange: Record<Seniority, readonly [number, number]> = {
  junior: [1, 3],
  medior: [2, 4],
  senior: [3, 5],
  lead: [3, 5],
};

const priorityWeights: [number, number][] = [
  [1, 3],
  [2, 4],
  [3, 2],
];

export function generateLearningProfile(input: ProfileInput, random: Random): DemoLearningProfile {
  const taken = new Set<number>();
  const offered: DemoLearningProfile['offered'] = [];
  // A native speaker often offers their language, which makes language buddies possible.
  if (random.chance(0.3)) {
    const skill = skillIndex(languageSkill[input.nativeLanguage]);
    offered.push({ skill, level: 5 });
    taken.add(skill);
  }
  const offerCount = random.int(2, input.newcomer ? 4 : 6);
  const offerWeights = categoryWeights(input, 'offered');
  for (let i = 0; i < offerCount; i++) {
    const skill = pickSkill(offerWeights, input, taken, random);
    if (skill === null) continue;
    taken.add(skill);
    const [low, high] = levelRange[input.seniority];
    const digitalBonus =
      demoSkills[skill].category === 'digital_tools' && input.seniority === 'junior' ? 1 : 0;
    offered.push({ skill, level: Math.min(5, random.int(low, high) + digitalBonus) });
  }

  const wanted: DemoLearningProfile['wanted'] = [];
  const wantWeights = categoryWeights(input, 'wanted');
  const wantCount = random.int(1, 5);
  for (let i = 0; i < wantCount; i++) {
    const skill = pickSkill(wantWeights, input, taken, random);
    if (skill === null) continue;
    const spoken = demoSkills[skill].category === 'language' && isSpoken(skill, input.languages);
    if (spoken) continue;
    taken.add(skill);
    wanted.push({
      skill,
      priority: random.weighted(priorityWeights),
    });
  }

  return {
    offered,
    wanted,
    supportNeed: supportNeed(input, random),
    learningWays: pickLearningWays(input, random),
    goals: generateGoals(input, wanted, random),
  };
}

function isSpoken(skill: number, languages: readonly Language[]): boolean {
  return languages.some((language) => languageSkill[language] === demoSkills[skill].name);
}

function supportNeed(input: ProfileInput, random: Random): number {
  const base = { junior: 3.6, medior: 2.8, senior: 2.1, lead: 1.7 }[input.seniority];
  const value = base + (input.newcomer ? 1 : 0) + (random.next() + random.next() - 1) * 1.6;
  return Math.max(1, Math.min(5, Math.round(value)));
}

// Juniors lean more on video and less on formal courses.
const wayWeights = (junior: boolean): [LearningWay, number][] => [
  ['colleagues', 8],
  ['on_the_job', 7],
  ['searching', 6],
  ['video', junior ? 6 : 4],
  ['group_sessions', 3],
  ['formal_courses', junior ? 2 : 3],
];
const juniorWays = wayWeights(true);
const otherWays = wayWeights(false);

function pickLearningWays(input: ProfileInput, random: Random): LearningWay[] {
  const weights = input.seniority === 'junior' ? juniorWays : otherWays;
  const count = random.int(1, 4);
  const chosen = new Set<LearningWay>();
  while (chosen.size < count) chosen.add(random.weighted(weights));
  return learningWays.filter((way) => chosen.has(way));
}

const skillGoals = {
  en: [
    (s: DemoSkill) => `Get better at ${s.name}`,
    (s: DemoSkill) => `Learn the basics of ${s.name}`,
    (s: DemoSkill) => `Use ${s.name} in my daily work`,
  ],
  nl: [
    (s: DemoSkill) => `Beter worden in ${s.nl}`,
    (s: DemoSkill) => `De basis van ${s.nl} leren`,
    (s: DemoSkill) => `${s.nl} gebruiken in mijn dagelijkse werk`,
  ],
};

const otherGoals = {
  en: [
    'Get to know colleagues in other teams',
    'Lead a learning session for my team',
    'Ask for feedback after every project',
    'Find my way around the organisation',
    'Present our results at the department meeting',
  ],
  nl: [
    'Collega’s uit andere teams leren kennen',
    'Een leersessie voor mijn team leiden',
    'Na elk project om feedback vragen',
    'Mijn weg vinden in de organisatie',
    'Onze resultaten voorstellen op het afdelingsoverleg',
  ],
};

function generateGoals(
  input: ProfileInput,
  wanted: DemoLearningProfile['wanted'],
  random: Random,
): DemoGoal[] {
  const count = random.weighted([
    [0, 3],
    [1, 4],
    [2, 3],
    [3, 1],
  ]);
  const goals: DemoGoal[] = [];
  const titles = new Set<string>();
  for (let i = 0; i < count; i++) {
    const want = wanted[i];
    const title = want
      ? random.pick(skillGoals[input.locale])(demoSkills[want.skill])
      : random.pick(otherGoals[input.locale]);
    if (titles.has(title)) continue;
    titles.add(title);
    const status = random.weighted([
      ['open', 5],
      ['in_progress', 4],
      ['done', 1],
    ] as const);
    goals.push({
      title,
      skill: want?.skill ?? null,
      status,
      progress: status === 'done' ? 100 : status === 'open' ? 0 : random.int(1, 9) * 10,
      dueInMonths: random.int(1, 9),
    });
  }
  return goals;
}

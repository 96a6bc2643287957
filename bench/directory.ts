// Directory search latency over 10,000 people on the embedded database: seeds a generated
// organisation straight into the tables, then times 200 varied searches through the use case
// (the same code the API runs) and prints p50/p95.
//
//   node bin/run-ts.mjs bench/directory.ts [--people 10000] [--searches 200] [--seed 7]
import { parseArgs } from 'node:util';
import type { Actor } from '../src/app/actor';
import { searchPeople } from '../src/app/people/searchPeople';
import type { DirectoryQuery } from '../src/contracts/people';
import { openDatabase } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { DirectoryRepository } from '../src/db/repositories/directory';
import { PeopleRepository } from '../src/db/repositories/people';
import { ProfileRepository } from '../src/db/repositories/profiles';
import { generateDemoOrganisation } from '../src/domain/demo/generateDemoOrganisation';
import { createRandom, type Random } from '../src/domain/demo/random';
import { type SeededOrganisation, seedOrganisation } from './directorySeed';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    searches: { type: 'string', default: '200' },
    seed: { type: 'string', default: '7' },
  },
});
const peopleCount = Number(values.people);
const searchCount = Number(values.searches);
const seed = Number(values.seed);
const WARM_UP = 10;

type Search = { kind: string; query: Partial<DirectoryQuery> };

/** A realistic mix: names typed into the search box, skills, teams, sites and combinations. */
function searches(random: Random, org: SeededOrganisation, names: string[], titles: string[]) {
  const word = (text: string) => random.pick(text.toLowerCase().split(/\s+/).filter(Boolean));
  const makers: (() => Search)[] = [
    () => ({
      kind: 'name prefix',
      query: { q: word(random.pick(names)).slice(0, random.int(2, 5)) },
    }),
    () => ({ kind: 'full name', query: { q: random.pick(names) } }),
    () => ({ kind: 'job title', query: { q: word(random.pick(titles)) } }),
    () => ({ kind: 'skill offered', query: { skillOffered: random.pick(org.skillIds) } }),
    () => ({ kind: 'skill wanted', query: { skillWanted: random.pick(org.skillIds) } }),
    () => ({ kind: 'team', query: { teamId: random.pick(org.teamIds) } }),
    () => ({
      kind: 'site on a day',
      query: { siteId: random.pick(org.siteIds), weekday: random.int(1, 5) },
    }),
    () => ({
      kind: 'skill at a site',
      query: { skillOffered: random.pick(org.skillIds), siteId: random.pick(org.siteIds) },
    }),
    () => ({
      kind: 'words and team',
      query: { q: word(random.pick(titles)), teamId: org.teamIds[0] },
    }),
    () => ({ kind: 'browse a page', query: { offset: random.int(0, 400) * 25 } }),
  ];
  return Array.from({ length: searchCount + WARM_UP }, () => random.pick(makers)());
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const db = await openDatabase({ dataDir: null });
  await migrate(db);
  const demo = generateDemoOrganisation({
    people: peopleCount,
    seed,
    name: 'Bench NV',
    emailDomain: 'bench.example',
    today: '2026-11-26',
  });
  const seedStart = performance.now();
  const org = await seedOrganisation(db, demo);
  const seedMs = performance.now() - seedStart;

  const actor: Actor = {
    personId: org.personIds[demo.samples.employee],
    organisationId: org.organisationId,
    role: 'employee',
    locale: 'en',
    name: 'Bench',
    email: 'bench@bench.example',
    isDemoOrganisation: true,
  };
  const deps = {
    directory: new DirectoryRepository(db, org.organisationId),
    people: new PeopleRepository(db, org.organisationId),
    profiles: new ProfileRepository(db, org.organisationId),
  };
  const plan = searches(
    createRandom(seed),
    org,
    demo.people.map((p) => p.name),
    demo.people.map((p) => p.jobTitle),
  );
  const timings: { kind: string; ms: number; total: number }[] = [];
  for (const [index, search] of plan.entries()) {
    const start = performance.now();
    const page = await searchPeople(deps, actor, { limit: 25, offset: 0, ...search.query });
    const ms = performance.now() - start;
    if (index >= WARM_UP) timings.push({ kind: search.kind, ms, total: page.total });
  }
  await db.close();

  const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`directory search over ${peopleCount} people (PGlite, in memory)`);
  console.log(`  seeded in ${(seedMs / 1000).toFixed(1)} s`);
  console.log(`  ${timings.length} searches after ${WARM_UP} warm-up, pages of 25 cards`);
  console.log(
    `  p50 ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}  max ${fmt(sorted[sorted.length - 1])}`,
  );
  const kinds = [...new Set(timings.map((t) => t.kind))].sort();
  for (const kind of kinds) {
    const of = timings.filter((t) => t.kind === kind);
    const ms = of.map((t) => t.ms).sort((a, b) => a - b);
    const hits = Math.round(of.reduce((sum, t) => sum + t.total, 0) / of.length);
    console.log(
      `  ${kind.padEnd(16)} n=${String(of.length).padStart(3)}  p50 ${fmt(percentile(ms, 50)).padStart(9)}  p95 ${fmt(percentile(ms, 95)).padStart(9)}  ~${hits} matches`,
    );
  }
}

await main();

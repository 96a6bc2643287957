import { hash } from '@node-rs/argon2';
import type { Database } from '../../db/client';
import {
  BulkImportRepository,
  type LearningGoalRow,
  type PersonSkillRow,
  type WorkDayRow,
} from '../../db/repositories/bulkImport';
import { DemoAccountRepository } from '../../db/repositories/demoAccounts';
import { OrganisationCatalogRepository } from '../../db/repositories/organisationCatalog';
import { sequentialUuids } from '../../db/sequentialUuids';
import {
  type DemoOrganisation,
  generateDemoOrganisation,
} from '../../domain/demo/generateDemoOrganisation';
import { emailPart } from '../../domain/demo/people';
import { createDemoCheckins } from './createDemoCheckins';
import { scheduleDemoMeetings } from './scheduleDemoMeetings';
import { seedDemoProgrammes } from './seedProgrammes';

/** Every sample account signs in with this password; printed by `samen demo`. */
export const DEMO_PASSWORD = 'samen-demo';
export const DEFAULT_DEMO_NAME = 'Brugwerk (demo)';

export interface DemoAccounts {
  employee: { id: string; email: string };
  manager: { id: string; email: string };
  admin: { id: string; email: string };
}

const DAY_MS = 86_400_000;

/**
 * Creates a demo organisation of `people` people in one transaction, with the sample employee,
 * their manager and the admin able to sign in with DEMO_PASSWORD. Rows are written in bulk, so
 * 100,000 people take seconds, not hours.
 */
export async function createDemoOrganisation(
  db: Database,
  options: { people: number; seed: number; name?: string; now?: Date },
): Promise<{ organisationId: string; accounts: DemoAccounts; password: string }> {
  const name = options.name?.trim() || DEFAULT_DEMO_NAME;
  const now = options.now ?? new Date();
  // The library's default is argon2id; one hash serves the three sample accounts.
  const passwordHash = await hash(DEMO_PASSWORD);

  return db.transaction(async (tx) => {
    const catalog = new OrganisationCatalogRepository(tx);
    const demo = generateDemoOrganisation({
      people: options.people,
      seed: options.seed,
      name,
      emailDomain: await freeEmailDomain(catalog, name),
      today: now.toISOString().slice(0, 10),
    });
    const organisationId = await catalog.createDemo({ name, locale: 'nl' });
    const ids = await writeDemo(new BulkImportRepository(tx, organisationId), demo, {
      now,
      passwordHash,
    });
    await createDemoCheckins(tx, organisationId, demo, ids, now);
    const account = (index: number) => ({ id: ids[index], email: demo.people[index].email });
    const accounts = {
      employee: account(demo.samples.employee),
      manager: account(demo.samples.manager),
      admin: account(demo.samples.admin),
    };
    await seedDemoProgrammes(tx, organisationId, demo, ids, now);
    // Recorded here, so every demo (web or `samen demo`) offers exactly these three for sign-in.
    await new DemoAccountRepository(tx, organisationId).record({
      employee: accounts.employee.id,
      manager: accounts.manager.id,
      admin: accounts.admin.id,
    });
    await scheduleDemoMeetings(
      tx,
      organisationId,
      { employee: accounts.employee.id, manager: accounts.manager.id },
      now,
    );
    return { organisationId, accounts, password: DEMO_PASSWORD };
  });
}

/** Writes the generated organisation; returns the new id of each person, by index. */
async function writeDemo(
  repo: BulkImportRepository,
  demo: DemoOrganisation,
  context: { now: Date; passwordHash: string },
): Promise<string[]> {
  const siteIds = sequentialUuids(demo.sites.length);
  const skillIds = sequentialUuids(demo.skills.length);
  const teamIds = sequentialUuids(demo.teams.length);
  const personIds = sequentialUuids(demo.people.length);
  const samples = new Set(Object.values(demo.samples));

  await repo.insertSites(
    demo.sites.map((site, i) => ({
      id: siteIds[i],
      name: site.name,
      city: site.city,
      timeZone: site.timeZone,
    })),
  );
  await repo.insertSkills(
    demo.skills.map((skill, i) => ({
      id: skillIds[i],
      name: skill.name,
      category: skill.category,
      synonyms: skill.synonyms,
    })),
  );
  await repo.insertTeams(
    demo.teams.map((team, i) => ({
      id: teamIds[i],
      name: team.name,
      department: team.department,
      parentId: team.parent === null ? null : teamIds[team.parent],
    })),
  );
  // The generator lists every manager before their reports, so one pass keeps references valid.
  await repo.insertPeople(
    demo.people.map((person, i) => ({
      id: personIds[i],
      email: person.email,
      externalId: null,
      name: person.name,
      role: person.role,
      jobTitle: person.jobTitle,
      teamId: teamIds[person.team],
      managerId: person.manager === null ? null : personIds[person.manager],
      startDate: person.startDate,
      seniority: person.seniority,
      languages: person.languages,
      timeZone: person.timeZone,
      locale: person.locale,
      siteId: person.site === null ? null : siteIds[person.site],
      passwordHash: samples.has(i) ? context.passwordHash : null,
    })),
  );
  await repo.setTeamManagers(
    demo.teams.map((team, i) => ({ teamId: teamIds[i], managerId: personIds[team.manager] })),
  );

  const workDays: WorkDayRow[] = [];
  const skills: PersonSkillRow[] = [];
  const goals: LearningGoalRow[] = [];
  const goalIds = sequentialUuids(demo.people.reduce((n, p) => n + p.profile.goals.length, 0));
  demo.people.forEach((person, i) => {
    const personId = personIds[i];
    for (const day of person.workPattern) {
      workDays.push({
        personId,
        weekday: day.weekday,
        mode: day.mode,
        siteId: day.site === null ? null : siteIds[day.site],
        startMinute: day.startMinute,
        endMinute: day.endMinute,
      });
    }
    for (const offer of person.profile.offered) {
      skills.push({
        personId,
        skillId: skillIds[offer.skill],
        kind: 'offered',
        level: offer.level,
        priority: null,
      });
    }
    for (const wish of person.profile.wanted) {
      skills.push({
        personId,
        skillId: skillIds[wish.skill],
        kind: 'wanted',
        level: null,
        priority: wish.priority,
      });
    }
    for (const goal of person.profile.goals) {
      goals.push({
        id: goalIds[goals.length],
        personId,
        title: goal.title,
        skillId: goal.skill === null ? null : skillIds[goal.skill],
        status: goal.status,
        progress: goal.progress,
        targetDate: new Date(context.now.getTime() + goal.dueInMonths * 30 * DAY_MS)
          .toISOString()
          .slice(0, 10),
      });
    }
  });
  await repo.insertWorkDays(workDays);
  await repo.insertPersonSkills(skills);
  await repo.upsertLearningProfiles(
    demo.people.map((person, i) => ({
      personId: personIds[i],
      supportNeed: person.profile.supportNeed,
      learningWays: person.profile.learningWays,
    })),
  );
  await repo.insertLearningGoals(goals);
  return personIds;
}

/** `brugwerk.example`, or `brugwerk-2.example` when another organisation has the first. */
async function freeEmailDomain(
  catalog: OrganisationCatalogRepository,
  name: string,
): Promise<string> {
  const slug =
    emailPart(name.replace(/\(.*?\)/g, ' ').replace(/\s+/g, '-'))
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'demo';
  for (let n = 1; ; n++) {
    const domain = `${n === 1 ? slug : `${slug}-${n}`}.example`;
    if (!(await catalog.isEmailDomainUsed(domain))) return domain;
  }
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DemoOrganisation,
  type DemoPerson,
  generateDemoOrganisation,
} from './generateDemoOrganisation';
import { MAX_TEAM_SIZE, MIN_TEAM_SIZE } from './teamTree';

const today = '2026-11-26';
const generate = (people: number, seed: number) =>
  generateDemoOrganisation({ people, seed, name: 'Demo', emailDomain: 'demo.example', today });

function validWorkPattern(person: DemoPerson, org: DemoOrganisation): boolean {
  const days = person.workPattern;
  if (days.map((d) => d.weekday).join() !== '1,2,3,4,5') return false;
  if (!days.some((d) => d.mode !== 'off')) return false;
  return days.every(
    (d) =>
      d.startMinute >= 0 &&
      d.endMinute <= 1440 &&
      d.endMinute > d.startMinute &&
      (d.mode === 'office'
        ? d.site !== null && d.site === person.site && d.site < org.sites.length
        : d.site === null),
  );
}

describe('generateDemoOrganisation', () => {
  it('keeps its invariants for any size and seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 600 }), fc.integer(), (size, seed) => {
        const org = generate(size, seed);
        expect(org.people).toHaveLength(size);

        const teamSizes = new Array(org.teams.length).fill(0);
        for (const person of org.people) teamSizes[person.team]++;
        for (const count of teamSizes) {
          expect(count).toBeGreaterThanOrEqual(MIN_TEAM_SIZE);
          expect(count).toBeLessThanOrEqual(MAX_TEAM_SIZE);
        }

        org.teams.forEach((team, t) => {
          const manager = org.people[team.manager];
          expect(manager.team).toBe(t);
          expect(manager.role).toBe('manager');
          const parentManager = team.parent === null ? null : org.teams[team.parent].manager;
          expect(manager.manager).toBe(parentManager);
          if (team.parent !== null) expect(team.parent).toBeLessThan(t);
        });
        org.people.forEach((person, index) => {
          const managed = org.teams.findIndex((team) => team.manager === index);
          if (managed < 0) expect(person.manager).toBe(org.teams[person.team].manager);
          expect(person.role === 'manager').toBe(managed >= 0);
          expect(validWorkPattern(person, org)).toBe(true);
          expect(person.profile.supportNeed).toBeGreaterThanOrEqual(1);
          expect(person.profile.supportNeed).toBeLessThanOrEqual(5);
        });

        // Walking up from anyone reaches the top within as many steps as there are people.
        const roots = org.people.filter((p) => p.manager === null);
        expect(roots).toHaveLength(1);
        for (let index = 0; index < size; index++) {
          let current: number | null = index;
          let steps = 0;
          while (current !== null && steps <= size) {
            current = org.people[current].manager;
            steps++;
          }
          expect(current).toBeNull();
        }

        const emails = org.people.map((p) => p.email);
        expect(new Set(emails).size).toBe(size);
        for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@demo\.example$/);
        expect(new Set(org.teams.map((t) => t.name.toLowerCase())).size).toBe(org.teams.length);

        expect(org.people.filter((p) => p.role === 'admin')).toHaveLength(1);
        const { employee, manager, admin } = org.samples;
        expect(org.people[admin].role).toBe('admin');
        expect(org.people[manager].role).toBe('manager');
        expect(org.people[employee].role).toBe('employee');
        expect(org.people[employee].manager).toBe(manager);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same organisation for the same seed, and another for another seed', () => {
    expect(generate(300, 42)).toEqual(generate(300, 42));
    expect(generate(300, 43).people.map((p) => p.email)).not.toEqual(
      generate(300, 42).people.map((p) => p.email),
    );
  });

  it('refuses sizes it cannot build', () => {
    expect(() => generate(3, 1)).toThrow(RangeError);
    expect(() => generate(2.5, 1)).toThrow(RangeError);
  });

  describe('on a company of 10,000', () => {
    const org = generate(10_000, 7);
    const share = (predicate: (p: DemoPerson) => boolean, among = org.people) =>
      among.filter(predicate).length / among.length;

    it('has about 5% newcomers, started in the last 60 days or starting soon', () => {
      const since = Date.parse(today) - 60 * 86_400_000;
      const newcomers = share((p) => Date.parse(p.startDate) >= since);
      expect(newcomers).toBeGreaterThan(0.04);
      expect(newcomers).toBeLessThan(0.07);
      expect(org.people.some((p) => p.startDate > today)).toBe(true);
    });

    it('has hybrid weeks of many shapes, and colleagues abroad', () => {
      const shapes = new Set(org.people.map((p) => p.workPattern.map((d) => d.mode[0]).join('')));
      expect(shapes.size).toBeGreaterThan(25);
      const starts = new Set(org.people.map((p) => p.workPattern[0].startMinute));
      expect(starts.size).toBeGreaterThanOrEqual(6);
      expect(share((p) => p.workPattern.every((d) => d.mode !== 'office'))).toBeGreaterThan(0.03);
      expect(share((p) => p.workPattern.some((d) => d.mode === 'off'))).toBeGreaterThan(0.1);
      const zones = new Set(org.people.map((p) => p.timeZone));
      expect(zones).toEqual(new Set(['Europe/Brussels', 'Europe/Lisbon', 'Asia/Kolkata']));
    });

    it('speaks the languages of each region', () => {
      const at = (city: string) =>
        org.people.filter((p) => p.site !== null && org.sites[p.site].city === city);
      expect(share((p) => p.languages[0] === 'fr', at('Liège'))).toBeGreaterThan(0.8);
      expect(share((p) => p.languages[0] === 'nl', at('Gent'))).toBeGreaterThan(0.8);
      const brussels = at('Brussel');
      expect(
        share((p) => p.languages.includes('fr') && p.languages.includes('nl'), brussels),
      ).toBeGreaterThan(0.4);
    });

    it('lets juniors want company knowledge and seniors digital tools', () => {
      const wants = (people: DemoPerson[], category: string) =>
        people.reduce(
          (sum, p) =>
            sum + p.profile.wanted.filter((w) => org.skills[w.skill].category === category).length,
          0,
        ) / people.length;
      const juniors = org.people.filter((p) => p.seniority === 'junior');
      const seniors = org.people.filter((p) => p.seniority === 'senior' || p.seniority === 'lead');
      expect(wants(juniors, 'company_knowledge')).toBeGreaterThan(
        2 * wants(seniors, 'company_knowledge'),
      );
      expect(wants(seniors, 'digital_tools')).toBeGreaterThan(2 * wants(juniors, 'digital_tools'));
      const supportOf = (people: DemoPerson[]) =>
        people.reduce((sum, p) => sum + p.profile.supportNeed, 0) / people.length;
      expect(supportOf(juniors)).toBeGreaterThan(supportOf(seniors) + 0.8);
    });

    it('never lets anyone offer and want the same skill', () => {
      for (const person of org.people) {
        const offered = new Set(person.profile.offered.map((o) => o.skill));
        expect(person.profile.wanted.some((w) => offered.has(w.skill))).toBe(false);
      }
    });
  });
});

import { describe, expect, it } from 'vitest';
import { generateDemoOrganisation } from './generateDemoOrganisation';
import { demoProgrammePlans } from './programmes';

const today = '2026-11-26';
const demoOf = (people: number) =>
  generateDemoOrganisation({ people, seed: 1, name: 'Demo', emailDomain: 'demo.example', today });

describe('demoProgrammePlans', () => {
  it('plans one programme of each kind with small cohorts at any size', () => {
    for (const size of [60, 10_000]) {
      const demo = demoOf(size);
      const plans = demoProgrammePlans(demo, today);
      expect(plans.map((p) => p.kind)).toEqual([
        'buddy',
        'mentoring',
        'reverse_mentoring',
        'onboarding',
        'coffee',
      ]);
      for (const plan of plans) expect(plan.participants.size).toBeLessThanOrEqual(130);
      const coffee = plans.find((p) => p.kind === 'coffee')!;
      expect(coffee.participants.has(demo.samples.employee)).toBe(true);
      const mentoring = plans.find((p) => p.kind === 'mentoring')!;
      expect([...mentoring.participants.values()]).toContain('mentor');
      expect([...mentoring.participants.values()]).toContain('mentee');
    }
  });
});

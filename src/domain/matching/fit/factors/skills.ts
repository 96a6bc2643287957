/**
 * What one person can teach the other: every skill the learner wants that the teacher offers at a
 * higher level than the learner already has. Priority and the level gap both count; further
 * skills add less and less, so one strong fit outweighs a list of weak ones.
 */
import type { FitContext, Profile } from '../context';
import { reason } from '../reason';
import type { Factor, FactorPart } from './factor';

const LEVEL_GAP_CAP = 4;
const MAX_PRIORITY = 3;

function teaching(teacher: Profile, learner: Profile, ctx: FitContext): FactorPart[] {
  const found: { skillId: string; level: number; value: number }[] = [];
  for (const wish of learner.person.skillsWanted) {
    const level = teacher.offered.get(wish.skillId);
    if (level === undefined) continue;
    const gap = level - (learner.offered.get(wish.skillId) ?? 0);
    if (gap <= 0) continue;
    const depth = 0.4 + (0.6 * Math.min(gap, LEVEL_GAP_CAP)) / LEVEL_GAP_CAP;
    found.push({ skillId: wish.skillId, level, value: (wish.priority / MAX_PRIORITY) * depth });
  }
  found.sort((x, y) => y.value - x.value || (x.skillId < y.skillId ? -1 : 1));
  return found.map((skill, rank) => ({
    value: skill.value / 2 ** rank,
    reason: reason('match.reason.skillOfferedWanted', {
      learner: learner.person.name,
      teacher: teacher.person.name,
      skill: ctx.skillName(skill.skillId),
      level: skill.level,
    }),
  }));
}

const total = (parts: FactorPart[]): number => parts.reduce((sum, part) => sum + part.value, 0);

export const skillsForward: Factor = (a, b, ctx) => teaching(a, b, ctx);

export const skillsBackward: Factor = (a, b, ctx) => teaching(b, a, ctx);

/** Two-way mentoring fails when one side only gives; the weaker direction is what counts here. */
export const learningBalance: Factor = (a, b, ctx) => {
  const value = Math.min(total(teaching(a, b, ctx)), total(teaching(b, a, ctx)));
  if (value <= 0) return [];
  return [
    { value, reason: reason('match.reason.learnBothWays', { a: a.person.name, b: b.person.name }) },
  ];
};

/**
 * What one person can teach the other: every skill the learner wants that the teacher offers at a
 * higher level than the learner already has. Priority and the level gap both count; further
 * skills add less and less, so one strong fit outweighs a list of weak ones.
 */
import type { Profile } from '../context';
import { reason } from '../reason';
import type { Factor } from './factor';

const LEVEL_GAP_CAP = 4;
const MAX_PRIORITY = 3;

interface Taught {
  skillId: string;
  level: number;
  value: number;
}

/** Taught skills, strongest first, each already discounted by its rank. */
function teaching(teacher: Profile, learner: Profile): Taught[] {
  const found: Taught[] = [];
  for (const wish of learner.person.skillsWanted) {
    const level = teacher.offered.get(wish.skillId);
    if (level === undefined) continue;
    const gap = level - (learner.offered.get(wish.skillId) ?? 0);
    if (gap <= 0) continue;
    const depth = 0.4 + (0.6 * Math.min(gap, LEVEL_GAP_CAP)) / LEVEL_GAP_CAP;
    found.push({ skillId: wish.skillId, level, value: (wish.priority / MAX_PRIORITY) * depth });
  }
  found.sort((x, y) => y.value - x.value || (x.skillId < y.skillId ? -1 : 1));
  found.forEach((skill, rank) => {
    skill.value /= 2 ** rank;
  });
  return found;
}

const total = (taught: Taught[]): number => taught.reduce((sum, s) => sum + s.value, 0);

function teachingFactor(direction: 'forward' | 'backward'): Factor {
  const sides = (a: Profile, b: Profile) => (direction === 'forward' ? [a, b] : [b, a]);
  return {
    value: (a, b) => {
      const [teacher, learner] = sides(a, b);
      return total(teaching(teacher, learner));
    },
    explain: (a, b, ctx) => {
      const [teacher, learner] = sides(a, b);
      return teaching(teacher, learner).map((skill) => ({
        value: skill.value,
        reason: reason('match.reason.skillOfferedWanted', {
          learner: learner.person.name,
          teacher: teacher.person.name,
          skill: ctx.skillName(skill.skillId),
          level: skill.level,
        }),
      }));
    },
  };
}

export const skillsForward = teachingFactor('forward');
export const skillsBackward = teachingFactor('backward');

/** Two-way mentoring fails when one side only gives; the weaker direction is what counts here. */
export const learningBalance: Factor = {
  value: (a, b) => Math.min(total(teaching(a, b)), total(teaching(b, a))),
  explain: (a, b) => {
    const value = Math.min(total(teaching(a, b)), total(teaching(b, a)));
    if (value <= 0) return [];
    const params = { a: a.person.name, b: b.person.name };
    return [{ value, reason: reason('match.reason.learnBothWays', params) }];
  },
};

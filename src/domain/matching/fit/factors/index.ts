import type { FactorName } from '../settings';
import { seniority, supportNeed, tenure } from './career';
import type { Factor } from './factor';
import { language, teamMix, teamProximity } from './organisation';
import { officeDays, sameSite, siteMix, workingHours } from './presence';
import { recency } from './recency';
import { learningBalance, skillsBackward, skillsForward } from './skills';

export type { Factor, FactorPart } from './factor';

export const FACTORS: Readonly<Record<FactorName, Factor>> = {
  skillsForward,
  skillsBackward,
  learningBalance,
  officeDays,
  workingHours,
  language,
  teamProximity,
  teamMix,
  sameSite,
  siteMix,
  seniority,
  tenure,
  supportNeed,
  recency,
};

export {
  type CoffeeRoundInput,
  type CoffeeRoundResult,
  coffeeRound,
  type UnplacedReason,
} from './coffeeRound';
export type { CoffeeWeights } from './coffeeValues';
export { formGroups } from './formGroups';
export type { Candidates } from './pairValues';
export { type GroupSize, planGroupSizes } from './sizes';
export type { GroupingOptions, GroupingResult } from './types';

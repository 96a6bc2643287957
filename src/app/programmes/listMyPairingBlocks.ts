import type { PairingBlockList } from '../../contracts/programmes';
import type { PairingBlockRepository } from '../../db/repositories/pairingBlocks';
import type { RoundCohortRepository } from '../../db/repositories/roundCohort';
import type { Actor } from '../actor';

export interface BlockDeps {
  blocks: PairingBlockRepository;
  cohort: RoundCohortRepository;
}

/** My private "don't pair me with" list: nobody else, not even an admin, reads it. */
export async function listMyPairingBlocks(
  deps: BlockDeps,
  actor: Actor,
): Promise<PairingBlockList> {
  return { items: await deps.blocks.listOf(actor.personId) };
}

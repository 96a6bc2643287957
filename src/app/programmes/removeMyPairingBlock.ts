import type { PairingBlockList } from '../../contracts/programmes';
import type { Actor } from '../actor';
import { type BlockDeps, listMyPairingBlocks } from './listMyPairingBlocks';

export async function removeMyPairingBlock(
  deps: BlockDeps,
  actor: Actor,
  input: { personId: string },
): Promise<PairingBlockList> {
  await deps.blocks.remove(actor.personId, input.personId);
  return listMyPairingBlocks(deps, actor);
}

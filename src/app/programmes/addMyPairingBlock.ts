import type { PairingBlockList } from '../../contracts/programmes';
import type { Actor } from '../actor';
import { invalidField, notFound } from '../errors';
import { type BlockDeps, listMyPairingBlocks } from './listMyPairingBlocks';

/** I ask never to be paired with a colleague, in any programme. */
export async function addMyPairingBlock(
  deps: BlockDeps,
  actor: Actor,
  input: { personId: string },
): Promise<PairingBlockList> {
  if (input.personId === actor.personId) throw invalidField('personId', 'invalid');
  if (!(await deps.cohort.audienceMember(input.personId))) throw notFound('person');
  await deps.blocks.add(actor.personId, input.personId);
  return listMyPairingBlocks(deps, actor);
}

import type { Checkin } from '../../contracts/checkins';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import type { CheckinViewDeps } from './deps';
import { getCheckin } from './getCheckin';
import { writableCheckin } from './writable';

/** Ticks a talking point off as discussed; an unticked one carries over to the next check-in. */
export async function markAgendaItem(
  deps: CheckinViewDeps,
  actor: Actor,
  input: { checkinId: string; itemId: string; discussed: boolean },
): Promise<Checkin> {
  const { checkin } = await writableCheckin(deps, actor, input.checkinId);
  if (!(await deps.content.findAgendaItem(checkin.id, input.itemId))) throw notFound('agenda_item');
  await deps.content.setDiscussed(checkin.id, input.itemId, input.discussed);
  return getCheckin(deps, actor, { id: checkin.id });
}

import type { Checkin, PulseBody } from '../../contracts/checkins';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { checkinInView } from './access';
import type { CheckinChangeDeps, CheckinDeps } from './deps';
import { getCheckin } from './getCheckin';
import { proposeRhythmChange } from './proposeRhythmChange';

/**
 * The person's short pulse at the end of a check-in. "More often" or "less often" becomes a
 * proposal to the manager, one rhythm step closer or wider; the manager decides.
 */
export async function answerPulse(
  deps: CheckinChangeDeps & Pick<CheckinDeps, 'notifications'>,
  actor: Actor,
  input: PulseBody & { checkinId: string },
): Promise<Checkin> {
  const { checkin, person, standing } = await checkinInView(deps, actor, input.checkinId);
  if (standing !== 'self' || checkin.status === 'cancelled') throw forbidden();
  await deps.checkins.setPulse(checkin.id, input.support, input.rhythm, deps.now);
  if (input.rhythm !== 'same') await proposeRhythmChange(deps, person, input.rhythm, 'pulse');
  return getCheckin(deps, actor, { id: checkin.id });
}

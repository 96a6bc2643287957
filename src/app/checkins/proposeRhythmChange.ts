import type { CheckinPersonRecord } from '../../db/repositories/checkinPeople';
import { proposeCadence } from '../../domain/cadence/cadence';
import type { CheckinDeps } from './deps';
import { rhythmOf } from './rhythm';

/**
 * A wish to meet more or less often, from the pulse or the button: a proposal one rhythm step
 * closer or wider, and a notification to the manager, who decides.
 */
export async function proposeRhythmChange(
  deps: Pick<CheckinDeps, 'rhythms' | 'notifications' | 'settings' | 'now' | 'today'>,
  person: CheckinPersonRecord,
  direction: 'more' | 'less',
  source: 'pulse' | 'request',
): Promise<void> {
  const current = await rhythmOf(deps, person);
  await deps.rhythms.request(
    {
      personId: person.id,
      direction,
      currentWeeks: current.weeks,
      proposedWeeks: proposeCadence(current.weeks, direction),
      source,
    },
    deps.now,
  );
  if (!person.managerId) return;
  await deps.notifications.add({
    personId: person.managerId,
    kind: `rhythm_request_${direction}`,
    params: { name: person.name },
    link: '/team',
    now: deps.now,
  });
}

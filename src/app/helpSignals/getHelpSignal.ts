import type { HelpSignalDetail } from '../../contracts/helpSignals';
import type { Actor } from '../actor';
import { standingTo } from '../checkins/access';
import { toSignal } from '../checkins/views';
import { notFound } from '../errors';
import type { HelpSignalDeps } from './deps';

export const SUGGESTED_COLLEAGUES = 5;

/**
 * A raised hand with where help can come from: the person's active buddy or mentor, and
 * colleagues who offer the skill. Only what exists is suggested; nothing is made up.
 */
export async function getHelpSignal(
  deps: HelpSignalDeps,
  actor: Actor,
  input: { id: string },
): Promise<HelpSignalDetail> {
  const signal = await deps.signals.find(input.id);
  const person = signal ? await deps.people.find(signal.person.id) : null;
  const standing = person ? await standingTo(deps, actor, person) : null;
  if (!signal || !person || !standing) throw notFound('help_signal');
  const [pairings, colleagues] = await Promise.all([
    deps.people.activePairings([person.id]),
    signal.skill
      ? deps.people.offering(
          signal.skill.id,
          [person.id, ...(person.managerId ? [person.managerId] : [])],
          SUGGESTED_COLLEAGUES,
        )
      : [],
  ]);
  return {
    signal: toSignal(signal),
    suggestions: {
      buddies: pairings
        .filter((pairing) => pairing.kind !== 'coffee')
        .map((pairing) => ({ kind: pairing.kind, partner: pairing.partner })),
      colleagues,
    },
    canRespond: standing === 'manager',
  };
}

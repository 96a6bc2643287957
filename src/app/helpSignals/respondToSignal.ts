import type { HelpSignalDetail, SignalResponseBody } from '../../contracts/helpSignals';
import type { Actor } from '../actor';
import { standingTo } from '../checkins/access';
import { forbidden, notFound } from '../errors';
import type { HelpSignalDeps } from './deps';
import { getHelpSignal } from './getHelpSignal';

/** The manager acknowledges or resolves a raised hand; the person sees it and is notified. */
export async function respondToSignal(
  deps: HelpSignalDeps,
  actor: Actor,
  input: SignalResponseBody & { id: string },
): Promise<HelpSignalDetail> {
  const signal = await deps.signals.find(input.id);
  const person = signal ? await deps.people.find(signal.person.id) : null;
  const standing = person ? await standingTo(deps, actor, person) : null;
  if (!signal || !person || !standing) throw notFound('help_signal');
  if (standing !== 'manager') throw forbidden();
  const response = input.response?.trim() || null;
  await deps.signals.respond(signal.id, {
    status: input.status,
    response,
    respondedBy: actor.personId,
    now: deps.now,
  });
  await deps.notifications.add({
    personId: person.id,
    kind: `help_signal_${input.status}`,
    params: { name: actor.name },
    link: '/checkins',
    now: deps.now,
  });
  return getHelpSignal(deps, actor, { id: signal.id });
}

import type { HelpSignalView } from '../../contracts/checkins';
import type { RaiseHandBody } from '../../contracts/helpSignals';
import type { MailOutbox } from '../../mail/message';
import { helpSignalMail } from '../../mail/templates/helpSignal';
import type { Actor } from '../actor';
import { toSignal } from '../checkins/views';
import { invalidField, notFound } from '../errors';
import type { HelpSignalDeps } from './deps';

/**
 * "I need help with …", at any moment. The manager hears of it in the app and by mail in their
 * own language; with no manager, the signal still shows on the person's page.
 */
export async function raiseHand(
  deps: HelpSignalDeps & {
    mail: MailOutbox;
    organisation: { id: string; name: string; isDemo: boolean };
    publicUrl: string;
  },
  actor: Actor,
  input: RaiseHandBody,
): Promise<HelpSignalView> {
  const person = await deps.people.find(actor.personId);
  if (!person) throw notFound('person');
  const body = input.body.trim();
  if (!body) throw invalidField('body', 'required');
  const skillId = input.skillId ?? null;
  if (skillId && !(await deps.people.skillExists(skillId))) {
    throw invalidField('skillId', 'not_found');
  }
  const urgency = input.urgency ?? 'normal';
  const id = await deps.signals.create({
    personId: person.id,
    managerId: person.managerId,
    body,
    skillId,
    urgency,
    now: deps.now,
  });
  const manager = person.managerId ? await deps.people.find(person.managerId) : null;
  if (manager && manager.status === 'active') {
    const link = `/signals/${id}`;
    await deps.notifications.add({
      personId: manager.id,
      kind: urgency === 'high' ? 'help_signal_raised_urgent' : 'help_signal_raised',
      params: { name: person.name },
      link,
      now: deps.now,
    });
    await deps.mail.send({
      organisation: deps.organisation,
      to: manager.email,
      locale: manager.locale,
      template: helpSignalMail({
        managerName: manager.name,
        personName: person.name,
        body,
        urgency,
        organisationName: deps.organisation.name,
        link: `${deps.publicUrl}${link}`,
      }),
    });
  }
  const signal = await deps.signals.find(id);
  if (!signal) throw notFound('help_signal');
  return toSignal(signal);
}

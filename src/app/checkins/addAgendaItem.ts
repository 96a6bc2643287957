import type { AgendaItemBody, Checkin } from '../../contracts/checkins';
import type { Actor } from '../actor';
import { invalidField } from '../errors';
import { checkName } from '../people/fieldChecks';
import type { CheckinChangeDeps } from './deps';
import { getCheckin } from './getCheckin';
import { writableCheckin } from './writable';

/**
 * Either side adds a talking point before or during the check-in; naming a skill makes it "I
 * want to talk about my learning need …" (the skill must be one the person wants).
 */
export async function addAgendaItem(
  deps: CheckinChangeDeps,
  actor: Actor,
  input: AgendaItemBody & { checkinId: string },
): Promise<Checkin> {
  const { checkin } = await writableCheckin(deps, actor, input.checkinId);
  const problems: { field: string; code: string }[] = [];
  const body = checkName('body', input.body, problems);
  if (problems.length > 0) throw invalidField('body', problems[0].code);
  const skillId = input.skillId ?? null;
  if (skillId) {
    const wanted = await deps.people.wantedSkills(checkin.person.id);
    if (!wanted.some((skill) => skill.id === skillId)) throw invalidField('skillId', 'not_found');
  }
  await deps.content.addAgendaItem({
    checkinId: checkin.id,
    authorId: actor.personId,
    body,
    skillId,
    now: deps.now,
  });
  return getCheckin(deps, actor, { id: checkin.id });
}

import type { Checkin } from '../../contracts/checkins';
import type { Actor } from '../actor';
import { toGoal } from '../profile/goalView';
import { canWrite, checkinInView } from './access';
import type { CheckinViewDeps } from './deps';
import { rhythmOf } from './rhythm';
import { toAction, toSummary } from './views';

/**
 * One check-in as the caller may see it. Notes come filtered by the repository: shared ones and
 * the caller's own private ones, so nobody else's private note is ever loaded.
 */
export async function getCheckin(
  deps: CheckinViewDeps,
  actor: Actor,
  input: { id: string },
): Promise<Checkin> {
  const { checkin, person, standing } = await checkinInView(deps, actor, input.id);
  const [agenda, notes, actions, goals, learningNeeds, rhythm] = await Promise.all([
    deps.content.agenda(checkin.id),
    deps.content.notesFor([checkin.id], actor.personId),
    deps.content.actionsFor(person.id, checkin.id),
    deps.goals.listFor(person.id),
    deps.people.wantedSkills(person.id),
    rhythmOf(deps, person),
  ]);
  const ref = { id: person.id, name: person.name };
  return {
    ...toSummary(checkin),
    canEdit: canWrite(standing) && checkin.status === 'planned',
    asManager: standing === 'manager',
    agenda: agenda.map((item) => ({
      id: item.id,
      author: item.author,
      body: item.body,
      skill: item.skill,
      discussed: item.discussed,
      carriedOver: item.carriedFrom !== null,
    })),
    notes: notes.map((note) => ({
      id: note.id,
      author: note.author,
      visibility: note.visibility,
      body: note.body,
      createdAt: note.createdAt.toISOString(),
    })),
    actions: actions.map((action) => toAction(action, ref)),
    goals: goals.map(toGoal),
    learningNeeds,
    pulse:
      checkin.pulseSupport !== null && checkin.pulseRhythm !== null
        ? { support: checkin.pulseSupport, rhythm: checkin.pulseRhythm }
        : null,
    rhythm,
  };
}

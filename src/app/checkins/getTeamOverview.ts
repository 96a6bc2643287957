import type { TeamMember, TeamOverview } from '../../contracts/checkins';
import { isOverdue, nextDueDate } from '../../domain/cadence/cadence';
import { addDays } from '../../domain/cadence/calendarDay';
import { isGoalAtRisk, remoteShare } from '../../domain/cadence/goalRisk';
import type { Actor } from '../actor';
import type { CheckinDeps } from './deps';
import { rhythmsOf } from './rhythm';
import { toAction, toSignal } from './views';

export const CONTACT_WINDOW_DAYS = 30;

/**
 * A manager's one screen: every direct report (and, read-only, the people further down when the
 * organisation allows it) with rhythm, last and next check-in, open hands, goals at risk,
 * pairings and learning contacts in the last 30 days, so a quiet remote-heavy person stands out.
 * Someone without reports gets an empty team.
 */
export async function getTeamOverview(
  deps: Pick<
    CheckinDeps,
    'checkins' | 'content' | 'people' | 'rhythms' | 'signals' | 'settings' | 'today'
  >,
  actor: Actor,
): Promise<TeamOverview> {
  const direct = await deps.people.directReports(actor.personId);
  const indirect = deps.settings.skipLevelRead
    ? await deps.people.indirectReports(actor.personId)
    : [];
  const people = [...direct, ...indirect];
  const ids = people.map((person) => person.id);
  const since = addDays(deps.today, -CONTACT_WINDOW_DAYS);
  const [rhythms, summaries, signals, goals, actions, pairings, contacts, modes, owned] =
    await Promise.all([
      rhythmsOf(deps, people),
      deps.checkins.summaries(ids),
      deps.signals.listFor(ids, true),
      deps.people.goals(ids),
      deps.content.openActionCounts(ids),
      deps.people.activePairings(ids),
      deps.people.learningContacts(ids, since),
      deps.people.workModes(ids),
      deps.content.openActionsOwnedBy(actor.personId),
    ]);
  const directIds = new Set(direct.map((person) => person.id));
  const members: TeamMember[] = people.map((person) => {
    const rhythm = rhythms.get(person.id)!;
    const summary = summaries.get(person.id);
    const nextDueOn = nextDueDate({
      plannedOn: summary?.plannedOn ?? null,
      lastHeldOn: summary?.lastHeldOn ?? null,
      startDate: person.startDate,
      weeks: rhythm.weeks,
      today: deps.today,
    });
    return {
      person: { id: person.id, name: person.name },
      team: person.team,
      indirect: !directIds.has(person.id),
      supportNeed: person.supportNeed,
      rhythm,
      lastHeldOn: summary?.lastHeldOn ?? null,
      nextDueOn,
      plannedCheckinId: summary?.plannedId ?? null,
      overdue: isOverdue(nextDueOn, deps.today),
      openSignals: signals.filter((signal) => signal.person.id === person.id).length,
      goalsAtRisk: goals.filter(
        (goal) => goal.personId === person.id && isGoalAtRisk(goal, deps.today),
      ).length,
      openActions: actions.get(person.id) ?? 0,
      pairings: pairings
        .filter((pairing) => pairing.personId === person.id)
        .map((pairing) => ({ kind: pairing.kind, partner: pairing.partner })),
      learningContacts30d: contacts.get(person.id) ?? 0,
      remoteShare: remoteShare(modes.get(person.id) ?? []),
    };
  });
  return {
    members,
    signals: signals.map(toSignal),
    myActions: owned
      .filter((action) => action.personId !== actor.personId)
      .map((action) => toAction(action, { id: action.personId, name: action.personName })),
  };
}

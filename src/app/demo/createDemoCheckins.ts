import type { Sql } from '../../db/client';
import { DemoCheckinRepository } from '../../db/repositories/demoCheckins';
import { sequentialUuids } from '../../db/sequentialUuids';
import type { SupportNeed } from '../../domain/cadence/cadence';
import { addDays } from '../../domain/cadence/calendarDay';
import { generateCheckinHistory } from '../../domain/demo/checkinHistory';
import type { DemoOrganisation } from '../../domain/demo/generateDemoOrganisation';

/**
 * Writes the demo organisation's check-in history: rich for the sample manager's team, one
 * earlier check-in for everyone else (see generateCheckinHistory).
 */
export async function createDemoCheckins(
  tx: Sql,
  organisationId: string,
  demo: DemoOrganisation,
  personIds: readonly string[],
  now: Date,
): Promise<void> {
  const today = now.toISOString().slice(0, 10);
  const repo = new DemoCheckinRepository(tx, organisationId);
  const history = generateCheckinHistory({
    people: demo.people.map((person) => ({
      manager: person.manager,
      role: person.role,
      startDate: person.startDate,
      locale: person.locale,
      supportNeed: person.profile.supportNeed as SupportNeed,
      wanted: person.profile.wanted.map((wish) => wish.skill),
      offered: person.profile.offered.map((offer) => offer.skill),
      openGoals: person.profile.goals
        .filter((goal) => goal.status !== 'done')
        .map((goal) => goal.title),
    })),
    skillNames: demo.skills.map((skill) => skill.name),
    sampleManager: demo.samples.manager,
    sampleEmployee: demo.samples.employee,
    today,
    seed: demo.people.length,
  });
  const skillIds = await repo.skillIdsByName();
  const skillId = (skill: number | null) =>
    skill === null ? null : (skillIds.get(demo.skills[skill].name) ?? null);
  const checkinIds = sequentialUuids(history.checkins.length, now);
  await repo.insertCheckins(
    history.checkins.map((checkin, i) => ({
      id: checkinIds[i],
      personId: personIds[checkin.person],
      managerId: personIds[checkin.manager],
      scheduledOn: checkin.scheduledOn,
      dueOn: checkin.dueOn,
      heldOn: checkin.heldOn,
      pulseSupport: checkin.pulse?.support ?? null,
      pulseRhythm: checkin.pulse?.rhythm ?? null,
    })),
  );
  await repo.insertAgenda(
    history.agenda.map((item) => ({
      checkinId: checkinIds[item.checkin],
      authorId: personIds[item.author],
      body: item.body,
      skillId: skillId(item.skill),
      discussed: item.discussed,
    })),
  );
  await repo.insertNotes(
    history.notes.map((note) => ({
      checkinId: checkinIds[note.checkin],
      authorId: personIds[note.author],
      visibility: note.visibility,
      body: note.body,
    })),
  );
  await repo.insertActions(
    history.actions.map((action) => ({
      checkinId: checkinIds[action.checkin],
      personId: personIds[action.person],
      ownerId: personIds[action.owner],
      title: action.title,
      dueOn: action.dueOn,
      doneOn: action.doneOn,
      createdBy: personIds[demo.samples.manager],
    })),
  );
  for (const goal of history.slippedGoals) {
    await repo.moveGoalTarget(personIds[goal.person], goal.title, goal.targetDate);
  }
  await repo.insertSignals(
    history.signals.map((signal) => ({
      personId: personIds[signal.person],
      managerId: personIds[signal.manager],
      body: signal.body,
      skillId: skillId(signal.skill),
      urgency: signal.urgency,
      status: signal.status,
      response: signal.response,
      createdAt: `${addDays(today, -signal.daysAgo)}T09:00:00Z`,
    })),
  );
}

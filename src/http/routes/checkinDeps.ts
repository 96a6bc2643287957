import type { Actor } from '../../app/actor';
import type { CheckinDeps } from '../../app/checkins/deps';
import { meetingDeps } from '../../app/meetings/deps';
import type { Sql } from '../../db/client';
import { CheckinContentRepository } from '../../db/repositories/checkinContent';
import { CheckinPeopleRepository } from '../../db/repositories/checkinPeople';
import { CheckinRhythmRepository } from '../../db/repositories/checkinRhythms';
import { CheckinRepository } from '../../db/repositories/checkins';
import { GoalEventRepository } from '../../db/repositories/goalEvents';
import { HelpSignalRepository } from '../../db/repositories/helpSignals';
import { LearningGoalRepository } from '../../db/repositories/learningGoals';
import { NotificationRepository } from '../../db/repositories/notifications';
import { OrganisationRepository } from '../../db/repositories/organisations';
import { SkillRepository } from '../../db/repositories/skills';
import { dayIn } from '../../domain/cadence/calendarDay';
import type { MailOutbox } from '../../mail/message';
import type { App } from '../server';

/** Everything check-in use cases need, inside one transaction, for the caller's organisation. */
export async function checkinDeps(
  app: App,
  tx: Sql,
  actor: Actor,
  mail: MailOutbox,
): Promise<CheckinDeps> {
  const organisationId = actor.organisationId;
  const rhythms = new CheckinRhythmRepository(tx, organisationId);
  const [settings, organisation] = await Promise.all([
    rhythms.settings(),
    new OrganisationRepository(tx, organisationId).get(),
  ]);
  const now = app.deps.now();
  return {
    checkins: new CheckinRepository(tx, organisationId),
    content: new CheckinContentRepository(tx, organisationId),
    people: new CheckinPeopleRepository(tx, organisationId),
    rhythms,
    signals: new HelpSignalRepository(tx, organisationId),
    goals: new LearningGoalRepository(tx, organisationId),
    goalEvents: new GoalEventRepository(tx, organisationId),
    notifications: new NotificationRepository(tx, organisationId),
    skills: new SkillRepository(tx, organisationId),
    meetings: meetingDeps(tx, organisationId, {
      mail,
      publicUrl: app.deps.config.publicUrl,
      mailFrom: app.deps.config.mailFrom,
    }),
    settings,
    now,
    today: dayIn(now, organisation?.defaultTimeZone ?? 'Europe/Brussels'),
  };
}

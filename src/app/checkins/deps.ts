import type { CheckinContentRepository } from '../../db/repositories/checkinContent';
import type { CheckinPeopleRepository } from '../../db/repositories/checkinPeople';
import type {
  CheckinRhythmRepository,
  CheckinSettingsRecord,
} from '../../db/repositories/checkinRhythms';
import type { CheckinRepository } from '../../db/repositories/checkins';
import type { GoalEventRepository } from '../../db/repositories/goalEvents';
import type { HelpSignalRepository } from '../../db/repositories/helpSignals';
import type { LearningGoalRepository } from '../../db/repositories/learningGoals';
import type { NotificationRepository } from '../../db/repositories/notifications';
import type { SkillRepository } from '../../db/repositories/skills';
import type { MeetingDeps } from '../meetings/deps';

/**
 * What check-in use cases work with. Each use case names the parts it uses (Pick), so a test
 * or another caller hands in only those.
 */
export interface CheckinDeps {
  checkins: CheckinRepository;
  content: CheckinContentRepository;
  people: CheckinPeopleRepository;
  rhythms: CheckinRhythmRepository;
  signals: HelpSignalRepository;
  goals: LearningGoalRepository;
  goalEvents: GoalEventRepository;
  notifications: NotificationRepository;
  skills: SkillRepository;
  /** Where a check-in's meeting is set up, moved and called off, on the same transaction. */
  meetings: MeetingDeps;
  /** The organisation's check-in settings, read once per request. */
  settings: CheckinSettingsRecord;
  now: Date;
  /** The calendar day `now` falls on in the organisation's time zone. */
  today: string;
}

/** What showing one check-in needs: getCheckin, and every change that answers with it. */
export type CheckinViewDeps = Pick<
  CheckinDeps,
  'checkins' | 'content' | 'people' | 'rhythms' | 'goals' | 'settings' | 'today'
>;

/** A change to a check-in, answered with the check-in as it now is. */
export type CheckinChangeDeps = CheckinViewDeps & Pick<CheckinDeps, 'now'>;

/** A change that also sets up, moves or calls off the check-in's meeting. */
export type CheckinPlanningDeps = CheckinChangeDeps & Pick<CheckinDeps, 'meetings'>;

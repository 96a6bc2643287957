import type {
  AccountView,
  LearningView,
  PersonCard,
  PersonProfile,
  WorkDay,
} from '../../contracts/people';
import type { MyProfile } from '../../contracts/profile';
import type { GoalRecord } from '../../db/repositories/learningGoals';
import type { LearningProfileRecord } from '../../db/repositories/profiles';
import { formatClockTime } from '../../domain/people/clockTime';
import { initialsOf } from '../../domain/people/initials';
import {
  DEFAULT_SUPPORT_NEED,
  type LearningWay,
  learningWays,
} from '../../domain/people/vocabulary';
import { completeWeek } from '../../domain/people/workPattern';
import { toGoal } from '../profile/goalView';
import type { ProfileAccess } from './access';
import type { PersonParts } from './loadPersonParts';

/*
 * The one place that decides which fields of a person leave the server, layer by layer (see
 * `src/contracts/people.ts`). Every response about a person is built here.
 */

/** What every signed-in colleague of the organisation sees. */
export function toPersonCard({ record, workDays, skills }: PersonParts): PersonCard {
  return {
    id: record.id,
    name: record.name,
    initials: initialsOf(record.name),
    jobTitle: record.jobTitle,
    team: record.team,
    site: record.site,
    languages: record.languages,
    siteDays: workDays.flatMap((day) =>
      day.mode === 'office' && day.siteId && day.siteName
        ? [{ weekday: day.weekday, siteId: day.siteId, siteName: day.siteName }]
        : [],
    ),
    skillsOffered: skills
      .filter((skill) => skill.kind === 'offered')
      .map((skill) => ({
        skillId: skill.skillId,
        name: skill.name,
        category: skill.category,
        level: skill.value,
      })),
    skillsWanted: skills
      .filter((skill) => skill.kind === 'wanted')
      .map((skill) => ({
        skillId: skill.skillId,
        name: skill.name,
        category: skill.category,
        priority: skill.value,
      })),
  };
}

export function toWorkPattern(parts: Pick<PersonParts, 'workDays'>): WorkDay[] {
  return completeWeek(parts.workDays).map((day) => ({
    weekday: day.weekday,
    mode: day.mode,
    siteId: day.siteId,
    startTime: formatClockTime(day.startMinute),
    endTime: formatClockTime(day.endMinute),
  }));
}

/** For the person and admins. */
export function toAccountView(parts: PersonParts): AccountView {
  const { record } = parts;
  return {
    email: record.email,
    role: record.role,
    status: record.status,
    manager: record.manager,
    startDate: record.startDate,
    seniority: record.seniority,
    timeZone: record.timeZone,
    locale: record.locale,
    workPattern: toWorkPattern(parts),
  };
}

/** For the person, their managers up the chain, and admins. */
export function toLearningView(
  profile: LearningProfileRecord | null,
  goals: readonly GoalRecord[],
): LearningView {
  return {
    supportNeed: profile?.supportNeed ?? DEFAULT_SUPPORT_NEED,
    // Rows written by imports may hold ways outside today's list; the contract promises the list.
    learningWays: (profile?.learningWays ?? []).filter((way): way is LearningWay =>
      (learningWays as readonly string[]).includes(way),
    ),
    goals: goals.map(toGoal),
  };
}

/** A person's page: the card, plus the layers the access rules open. */
export function toPersonProfile(
  parts: PersonParts,
  access: ProfileAccess,
  learning: { profile: LearningProfileRecord | null; goals: readonly GoalRecord[] } | null,
): PersonProfile {
  const view: PersonProfile = toPersonCard(parts);
  if (access.learning && learning) view.learning = toLearningView(learning.profile, learning.goals);
  if (access.account) view.account = toAccountView(parts);
  return view;
}

/** The signed-in person's own profile page: everything but the goals, which have their own list. */
export function toMyProfile(parts: PersonParts, profile: LearningProfileRecord | null): MyProfile {
  const { goals: _goals, ...learning } = toLearningView(profile, []);
  return { ...toPersonCard(parts), account: toAccountView(parts), learning };
}

import type { CheckinAction, CheckinSummary, HelpSignalView } from '../../contracts/checkins';
import type { ActionRecord } from '../../db/repositories/checkinContent';
import type { CheckinRecord } from '../../db/repositories/checkins';
import type { HelpSignalRecord } from '../../db/repositories/helpSignals';

export const toSummary = (checkin: CheckinRecord): CheckinSummary => ({
  id: checkin.id,
  person: checkin.person,
  manager: checkin.manager,
  scheduledOn: checkin.scheduledOn,
  dueOn: checkin.dueOn,
  status: checkin.status,
  heldOn: checkin.heldOn,
  meetingId: checkin.meetingId,
});

export const toAction = (
  action: ActionRecord,
  person: { id: string; name: string },
): CheckinAction => ({
  id: action.id,
  person,
  checkinId: action.checkinId,
  owner: action.owner,
  title: action.title,
  dueOn: action.dueOn,
  doneOn: action.doneOn,
});

export const toSignal = (signal: HelpSignalRecord): HelpSignalView => ({
  id: signal.id,
  person: signal.person,
  body: signal.body,
  skill: signal.skill,
  urgency: signal.urgency,
  status: signal.status,
  response: signal.response,
  respondedBy: signal.respondedBy,
  respondedAt: signal.respondedAt?.toISOString() ?? null,
  createdAt: signal.createdAt.toISOString(),
});

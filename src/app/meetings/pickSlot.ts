import type { Actor } from '../actor';
import { invalidField } from '../errors';
import { attendedMeeting } from './attendedMeeting';
import type { MeetingDeps } from './deps';
import { moveMeeting } from './moveMeeting';

/** An attendee picks one of the other proposed times; everyone gets the updated invitation. */
export async function pickSlot(
  deps: MeetingDeps & { now: Date },
  actor: Actor,
  input: { id: string; startsAt: string },
): Promise<void> {
  const meeting = await attendedMeeting(deps, actor, input.id);
  const wanted = Date.parse(input.startsAt);
  const slot = meeting.proposedSlots.find((candidate) => candidate.startsAt.getTime() === wanted);
  if (!slot) throw invalidField('startsAt', 'not_proposed');
  if (slot.startsAt <= deps.now) throw invalidField('startsAt', 'in_past');
  await moveMeeting(deps, meeting, slot, deps.now);
}

import type { MeetingView } from '../../contracts/meetings';
import type { Actor } from '../actor';
import { attendedMeeting } from './attendedMeeting';
import type { MeetingDeps } from './deps';
import { meetingView } from './meetingView';

export async function getMeeting(
  deps: Pick<MeetingDeps, 'meetings' | 'sites'> & { now: Date },
  actor: Actor,
  input: { id: string },
): Promise<MeetingView> {
  const meeting = await attendedMeeting(deps, actor, input.id);
  const sites = new Map((await deps.sites.list()).map((site) => [site.id, site]));
  return meetingView(meeting, sites, deps.now);
}

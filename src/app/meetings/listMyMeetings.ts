import type { MeetingList } from '../../contracts/meetings';
import type { Actor } from '../actor';
import type { MeetingDeps } from './deps';
import { meetingView } from './meetingView';

/** The signed-in person's meetings still ahead: those to choose a time for first, then by next start. */
export async function listMyMeetings(
  deps: Pick<MeetingDeps, 'meetings' | 'sites'> & { now: Date },
  actor: Actor,
): Promise<MeetingList> {
  const sites = new Map((await deps.sites.list()).map((site) => [site.id, site]));
  const views = (await deps.meetings.listFor(actor.personId, deps.now))
    .map((meeting) => meetingView(meeting, sites, deps.now))
    .filter((view) => view.status === 'proposed' || view.nextStartsAt !== null);
  const key = (view: (typeof views)[number]) => view.nextStartsAt ?? '';
  views.sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id));
  return { items: views };
}

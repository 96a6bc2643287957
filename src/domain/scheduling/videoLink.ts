/**
 * The video link of an online meeting, made from the organisation's template. `{id}` stands for
 * the meeting's id, so every meeting gets its own room; a template without it is one fixed room
 * (a team's standing link). Organisations without a template get a Jitsi Meet room, which needs
 * no account.
 */
export const DEFAULT_VIDEO_LINK_TEMPLATE = 'https://meet.jit.si/samen-{id}';

export function videoLink(template: string | null | undefined, meetingId: string): string {
  const chosen = template?.trim() ? template.trim() : DEFAULT_VIDEO_LINK_TEMPLATE;
  return chosen.replaceAll('{id}', encodeURIComponent(meetingId));
}

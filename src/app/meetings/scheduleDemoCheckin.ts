import type { Sql } from '../../db/client';
import { meetingDeps } from './deps';
import { scheduleMeeting } from './scheduleMeeting';

/**
 * A demo starts with the sample employee's fortnightly check-in with their manager already
 * proposed, so the meetings page and the calendar have something to show. Demo mail is never
 * delivered, so no invitations are written.
 */
export async function scheduleDemoCheckin(
  tx: Sql,
  organisationId: string,
  people: { employee: { id: string }; manager: { id: string } },
  now: Date,
): Promise<string> {
  return scheduleMeeting(
    meetingDeps(tx, organisationId, {
      mail: { send: async () => undefined, sendMany: async () => undefined },
      publicUrl: '',
      mailFrom: 'Samen <samen@localhost>',
    }),
    {
      kind: 'checkin',
      title: 'Check-in',
      attendeeIds: [people.manager.id, people.employee.id],
      durationMinutes: 30,
      intervalWeeks: 2,
      notBefore: now,
      now,
    },
  );
}

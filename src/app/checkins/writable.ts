import type { CheckinPersonRecord } from '../../db/repositories/checkinPeople';
import type { CheckinRecord } from '../../db/repositories/checkins';
import type { Actor } from '../actor';
import { AppError, forbidden } from '../errors';
import { canWrite, checkinInView, type Standing } from './access';
import type { CheckinDeps } from './deps';

/**
 * A check-in the caller may add to: they are the person or the direct manager, and it has not
 * been held yet (a held one is closed: 409 checkin_closed).
 */
export async function writableCheckin(
  deps: Pick<CheckinDeps, 'checkins' | 'people' | 'settings'>,
  actor: Actor,
  checkinId: string,
  options: { managerOnly?: boolean } = {},
): Promise<{ checkin: CheckinRecord; person: CheckinPersonRecord; standing: Standing }> {
  const found = await checkinInView(deps, actor, checkinId);
  if (!canWrite(found.standing)) throw forbidden();
  if (options.managerOnly && found.standing !== 'manager') throw forbidden();
  if (found.checkin.status !== 'planned') throw new AppError('checkin_closed');
  return found;
}

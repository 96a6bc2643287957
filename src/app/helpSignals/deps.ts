import type { CheckinPeopleRepository } from '../../db/repositories/checkinPeople';
import type { CheckinSettingsRecord } from '../../db/repositories/checkinRhythms';
import type { HelpSignalRepository } from '../../db/repositories/helpSignals';
import type { NotificationRepository } from '../../db/repositories/notifications';

export interface HelpSignalDeps {
  signals: HelpSignalRepository;
  people: CheckinPeopleRepository;
  notifications: NotificationRepository;
  settings: CheckinSettingsRecord;
  now: Date;
}

import type { MatchRepository } from '../../db/repositories/matches';
import type { MatchFitDataRepository } from '../../db/repositories/matchFitData';
import type { MatchSilenceRepository } from '../../db/repositories/matchSilence';
import { isoDate } from '../../domain/scheduling/zonedTime';
import type { Translator } from '../../i18n/catalog';
import type { MailOutbox } from '../../mail/message';
import type { MeetingDeps } from '../meetings/deps';

/** What the pairing use cases reach; reads need only the first two. */
export interface MatchDeps {
  matches: MatchRepository;
  silence: MatchSilenceRepository;
  translator: Translator;
  fitData: MatchFitDataRepository;
  mail: MailOutbox;
  /** Where a pairing's meetings are set up and called off, on the same transaction. */
  meetings: MeetingDeps;
  now: Date;
  /** The app's address, for links in mails. */
  publicUrl: string;
}

export type MatchReadDeps = Pick<MatchDeps, 'matches' | 'translator'>;

export const matchLink = (matchId: string) => `/matches/${matchId}`;

/** A calendar day in UTC: answers and log entries are about days, not instants. */
export const dayOf = (now: Date) => isoDate(now.getTime());

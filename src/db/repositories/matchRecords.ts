import type { Locale } from '../../i18n/locales';

/** What the pairing repositories read and write, in the app's terms. */

export type MatchStatus = 'proposed' | 'active' | 'declined' | 'ended' | 'replaced';
export type MatchResponse = 'pending' | 'accepted' | 'declined';
export type MemberRole = 'participant' | 'mentor' | 'mentee' | 'newcomer' | 'godparent';
export type ProgrammeKindName =
  | 'buddy'
  | 'mentoring'
  | 'reverse_mentoring'
  | 'onboarding'
  | 'coffee';
export type FeedbackAnswer = 'yes' | 'not_yet' | 'no';

/** As the engine gives it: a translation key with parameters (and, from the engine, more). */
export interface StoredReason {
  key: string;
  params: Record<string, string | number>;
}

export interface MatchMemberRecord {
  personId: string;
  name: string;
  email: string;
  locale: Locale;
  personStatus: 'active' | 'inactive';
  jobTitle: string | null;
  teamName: string | null;
  siteName: string | null;
  languages: string[];
  role: MemberRole;
  response: MatchResponse;
  responseReason: string | null;
  respondedAt: Date | null;
  learningWish: string | null;
}

export interface MatchRecord {
  id: string;
  programmeId: string;
  programmeKind: ProgrammeKindName;
  programmeName: Record<string, string>;
  programmeWeights: Record<string, number>;
  /** Meetings of a pairing: every this many weeks, this long. */
  meetingIntervalWeeks: number;
  meetingMinutes: number;
  roundId: string;
  status: MatchStatus;
  score: number;
  reasons: StoredReason[];
  meetingId: string | null;
  startsOn: string | null;
  endsOn: string | null;
  endedAt: Date | null;
  endReason: string | null;
  createdAt: Date;
  members: MatchMemberRecord[];
}

export interface MessageRecord {
  id: string;
  authorId: string;
  replyTo: string | null;
  body: string;
  createdAt: Date;
}

export interface LogEntryRecord {
  id: string;
  authorId: string;
  heldOn: string;
  learned: string;
  createdAt: Date;
}

export interface ChecklistRecord {
  item: string;
  doneAt: Date | null;
  doneBy: string | null;
}

export interface FeedbackRecord {
  personId: string;
  meetingOn: string;
  answer: FeedbackAnswer;
  rating: number | null;
}

export interface NewMatch {
  programmeId: string;
  roundId: string;
  score: number;
  reasons: readonly object[];
  members: readonly { personId: string; role: MemberRole }[];
  /** The last day of the pairing's term (a replacement keeps the one it replaces). */
  endsOn: string | null;
}

export interface ParticipantRecord {
  personId: string;
  role: string;
  status: 'active' | 'paused' | 'left';
  silentRounds: number;
}

import {
  checklistItems,
  type MatchDetail,
  type MatchReason,
  type MatchSummary,
} from '../../contracts/matches';
import type { ChecklistRecord, MatchRecord } from '../../db/repositories/matchRecords';
import { REASON_NAMESPACE } from '../../domain/matching/fit';
import { nameIn } from '../../domain/programmes/nameIn';
import type { Translator } from '../../i18n/catalog';
import type { Locale } from '../../i18n/locales';
import type { Actor } from '../actor';
import type { MatchReadDeps } from './deps';

/** A programme's name in the reader's language, else in any language it has. */
export function programmeName(name: Record<string, string>, locale: Locale): string {
  return nameIn(name, locale);
}

/** The engine's reasons are translation keys; the reader gets them in their language. */
function renderReasons(match: MatchRecord, translator: Translator, locale: Locale): MatchReason[] {
  return match.reasons.map((reason) => {
    const key = reason.key.includes(':') ? reason.key : `${REASON_NAMESPACE}:${reason.key}`;
    const params = reason.params ?? {};
    return { key: reason.key, params, text: translator.t(locale, key, params) };
  });
}

export function matchSummary(
  match: MatchRecord,
  actor: Actor,
  translator: Translator,
): MatchSummary {
  const me = match.members.find((member) => member.personId === actor.personId)!;
  return {
    id: match.id,
    programme: {
      id: match.programmeId,
      kind: match.programmeKind,
      name: programmeName(match.programmeName, actor.locale),
    },
    status: match.status,
    myRole: me.role,
    myResponse: me.response,
    partners: match.members
      .filter((member) => member.personId !== actor.personId)
      .map((member) => ({
        id: member.personId,
        name: member.name,
        jobTitle: member.jobTitle,
        team: member.teamName,
        site: member.siteName,
        languages: member.languages,
        role: member.role,
        response: member.response,
        learningWish: member.learningWish,
        left: member.personStatus === 'inactive',
      })),
    reasons: renderReasons(match, translator, actor.locale),
    startsOn: match.startsOn,
    endsOn: match.endsOn,
    endedAt: match.endedAt?.toISOString() ?? null,
    endReason: match.endReason,
    meetingId: match.meetingId,
    createdAt: match.createdAt.toISOString(),
  };
}

export async function matchDetail(
  deps: MatchReadDeps,
  match: MatchRecord,
  actor: Actor,
): Promise<MatchDetail> {
  const me = match.members.find((member) => member.personId === actor.personId)!;
  const names = new Map(match.members.map((member) => [member.personId, member.name]));
  const messages = await deps.matches.messages(match.id);
  const log = await deps.matches.logEntries(match.id);
  const checklist = me.role === 'godparent' ? await deps.matches.checklist(match.id) : null;
  const feedback = await deps.matches.feedback(match.id);
  return {
    ...matchSummary(match, actor, deps.translator),
    myLearningWish: me.learningWish,
    messages: messages.map((message) => ({
      ...message,
      authorName: names.get(message.authorId) ?? '',
      createdAt: message.createdAt.toISOString(),
    })),
    log: log.map((entry) => ({
      ...entry,
      authorName: names.get(entry.authorId) ?? '',
      createdAt: entry.createdAt.toISOString(),
    })),
    checklist: checklist && checklistView(checklist),
    myFeedback: feedback
      .filter((answer) => answer.personId === actor.personId)
      .map(({ meetingOn, answer, rating }) => ({ meetingOn, answer, rating })),
  };
}

function checklistView(done: ChecklistRecord[]) {
  return checklistItems.map((item) => {
    const row = done.find((entry) => entry.item === item);
    return { item, done: Boolean(row?.doneAt), doneAt: row?.doneAt?.toISOString() ?? null };
  });
}

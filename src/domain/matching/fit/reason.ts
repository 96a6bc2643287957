/**
 * Every explanation the engine gives is a translation key with parameters, never a sentence: the
 * person reading it picks the language. The catalogue below is the complete list, so a test can
 * prove every key exists in every locale and the type system stops anyone emitting another.
 * Keys live in the `matching` namespace (`src/i18n/locales/<lang>/matching.json`).
 */

/** Parameter names each key is rendered with; `count` drives plural forms. */
export const REASON_CATALOGUE = {
  'match.reason.skillOfferedWanted': ['learner', 'teacher', 'skill', 'level'],
  'match.reason.learnBothWays': ['a', 'b'],
  'match.reason.sameOfficeDay': ['weekday', 'site'],
  'match.reason.workingHoursOverlap': ['count'],
  'match.reason.sharedLanguage': ['language'],
  'match.reason.noSharedLanguage': [],
  'match.reason.sameTeam': [],
  'match.reason.sameDepartment': [],
  'match.reason.nearbyTeam': [],
  'match.reason.otherTeam': [],
  'match.reason.otherDepartment': [],
  'match.reason.sameSite': ['site'],
  'match.reason.differentSites': ['site', 'otherSite'],
  'match.reason.similarSeniority': [],
  'match.reason.moreExperienced': ['senior', 'junior'],
  'match.reason.seniorityMismatch': [],
  'match.reason.longTenure': ['name', 'count'],
  'match.reason.tenureMix': ['newer', 'longer'],
  'match.reason.supportFit': ['supporter', 'supported'],
  'match.reason.pairedBefore': ['count'],
  'match.blocked.doNotPair': [],
  'match.blocked.managerOrReport': [],
  'match.blocked.reportingLine': [],
  'match.blocked.workingHoursOverlap': ['count'],
  'match.blocked.recentPairing': ['count'],
  'match.blocked.siteOrDepartment': [],
  'match.unmatched.noConsent': [],
  'match.unmatched.invalidProfile': ['field'],
  'match.unmatched.duplicateId': [],
  'match.unmatched.invalidSettings': ['field'],
  'match.unmatched.noRole': [],
  'match.unmatched.notNewcomerOrExperienced': [],
  'match.unmatched.noCapacity': [],
  'match.unmatched.noCandidates': [],
  'match.unmatched.noEligiblePartner': ['count'],
  'match.unmatched.partnersTaken': [],
  'match.unmatched.lowFit': [],
  'match.unmatched.oddOneOut': [],
} as const satisfies Record<string, readonly string[]>;

export type ReasonKey = keyof typeof REASON_CATALOGUE;
export type ReasonParams = Readonly<Record<string, string | number>>;

export interface Reason {
  key: ReasonKey;
  params: ReasonParams;
}

export function reason(key: ReasonKey, params: ReasonParams = {}): Reason {
  return { key, params };
}

/** The translation namespace the keys above belong to. */
export const REASON_NAMESPACE = 'matching';

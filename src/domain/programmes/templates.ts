import { DEFAULT_FIT_SETTINGS, FACTOR_NAMES, type FactorName } from '../matching/fit';
import { type AudienceRole, type EnrolmentMode, engineKind, type ProgrammeKind } from './kinds';

export type Localised = { nl: string; en: string };

export interface Audience {
  teamIds?: string[];
  siteIds?: string[];
  roles?: AudienceRole[];
  /** Working here at least this many days. */
  minTenureDays?: number;
  /** Started at most this many days ago, or starts later: newcomers. */
  startedWithinDays?: number;
}

export interface RoundSchedule {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Local "HH:MM" in the organisation's time zone. */
  time: string;
  intervalWeeks: number;
}

/** Everything an administrator sets on a programme. */
export interface ProgrammeSettings {
  name: Localised;
  description: Localised;
  enrolment: EnrolmentMode;
  audience: Audience;
  weights: Partial<Record<FactorName, number>>;
  meetingIntervalWeeks: number;
  meetingMinutes: number;
  pairingWeeks: number | null;
  groupSize: number;
  schedule: RoundSchedule | null;
}

export type ProgrammeTemplate = ProgrammeSettings;

/** The fit factors an administrator weighs for a kind: the ones its defaults use. */
export function weightedFactors(kind: ProgrammeKind): FactorName[] {
  const weights = DEFAULT_FIT_SETTINGS[engineKind(kind)].weights;
  return FACTOR_NAMES.filter((name) => weights[name] !== 0);
}

export function defaultWeights(kind: ProgrammeKind): Partial<Record<FactorName, number>> {
  const weights = DEFAULT_FIT_SETTINGS[engineKind(kind)].weights;
  return Object.fromEntries(weightedFactors(kind).map((name) => [name, weights[name]]));
}

const NAMES: Record<ProgrammeKind, { name: Localised; description: Localised }> = {
  buddy: {
    name: { nl: 'Buddy', en: 'Buddy' },
    description: {
      nl: 'Een vaste collega uit je eigen team: elke week een gesprek en vragen tussendoor.',
      en: 'A fixed colleague in your own team: a weekly talk and questions in between.',
    },
  },
  mentoring: {
    name: { nl: 'Mentoring', en: 'Mentoring' },
    description: {
      nl: 'Een ervaren collega uit een ander team deelt kennis en tips, om de twee weken.',
      en: 'An experienced colleague from another team shares knowledge and tips, every two weeks.',
    },
  },
  reverse_mentoring: {
    name: { nl: 'Omgekeerde mentoring', en: 'Reverse mentoring' },
    description: {
      nl: 'Ervaren en jonge collega’s leren van elkaar: bedrijfskennis de ene kant op, digitale kennis de andere.',
      en: 'Experienced and junior colleagues learn from each other: company knowledge one way, digital know-how the other.',
    },
  },
  onboarding: {
    name: { nl: 'Peter en meter', en: 'Onboarding godparent' },
    description: {
      nl: 'Elke nieuwe collega krijgt een ervaren peter of meter voor de eerste maanden.',
      en: 'Every newcomer gets an experienced godparent for their first months.',
    },
  },
  coffee: {
    name: { nl: 'Koffie', en: 'Coffee' },
    description: {
      nl: 'Elke week een kwartier koffie met iemand die je nog niet kent.',
      en: 'Every week a short coffee with someone you have not met yet.',
    },
  },
};

/** A sensible starting point per kind; the administrator changes what does not fit. */
export function programmeTemplate(kind: ProgrammeKind): ProgrammeTemplate {
  const base = {
    ...NAMES[kind],
    weights: defaultWeights(kind),
    groupSize: 2,
  };
  switch (kind) {
    case 'buddy':
      return {
        ...base,
        enrolment: 'automatic',
        audience: {},
        meetingIntervalWeeks: 1,
        meetingMinutes: 30,
        pairingWeeks: 26,
        schedule: null,
      };
    case 'mentoring':
    case 'reverse_mentoring':
      return {
        ...base,
        enrolment: 'opt_in',
        audience: {},
        meetingIntervalWeeks: 2,
        meetingMinutes: 60,
        pairingWeeks: 26,
        schedule: null,
      };
    case 'onboarding':
      return {
        ...base,
        enrolment: 'automatic',
        audience: {},
        meetingIntervalWeeks: 1,
        meetingMinutes: 30,
        pairingWeeks: 13,
        schedule: { weekday: 1, time: '09:00', intervalWeeks: 1 },
      };
    case 'coffee':
      return {
        ...base,
        enrolment: 'opt_in',
        audience: {},
        meetingIntervalWeeks: 1,
        meetingMinutes: 15,
        pairingWeeks: null,
        schedule: { weekday: 1, time: '09:00', intervalWeeks: 1 },
      };
  }
}

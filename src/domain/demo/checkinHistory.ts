import { cadenceFor, defaultCadenceSettings, type SupportNeed } from '../cadence/cadence';
import { addDays, earlierDay, laterDay } from '../cadence/calendarDay';
import { createRandom, type Random } from './random';

/** What the check-in history needs to know of each demo person. */
export interface HistoryPerson {
  manager: number | null;
  role: 'employee' | 'manager' | 'admin';
  startDate: string;
  locale: 'nl' | 'en';
  supportNeed: SupportNeed;
  /** Skills the person wants to learn (indexes into the demo skills). */
  wanted: number[];
  /** Skills the person offers. */
  offered: number[];
  /** Titles of the person's goals not done yet. */
  openGoals: string[];
}

export interface DemoCheckin {
  person: number;
  manager: number;
  scheduledOn: string;
  dueOn: string;
  heldOn: string | null;
  pulse: { support: number; rhythm: 'more' | 'same' | 'less' } | null;
}

export interface DemoAgendaItem {
  checkin: number;
  author: number;
  body: string;
  skill: number | null;
  discussed: boolean;
}

export interface DemoNote {
  checkin: number;
  author: number;
  visibility: 'shared' | 'private';
  body: string;
}

export interface DemoAction {
  checkin: number;
  person: number;
  owner: number;
  title: string;
  dueOn: string;
  doneOn: string | null;
}

export interface DemoSignal {
  person: number;
  manager: number;
  body: string;
  skill: number | null;
  urgency: 'low' | 'normal' | 'high';
  status: 'open' | 'acknowledged' | 'resolved';
  response: string | null;
  daysAgo: number;
}

/** A goal of the sample team that slipped past its target date (goals at risk). */
export interface DemoSlippedGoal {
  person: number;
  title: string;
  targetDate: string;
}

export interface DemoCheckinHistory {
  slippedGoals: DemoSlippedGoal[];
  checkins: DemoCheckin[];
  agenda: DemoAgendaItem[];
  notes: DemoNote[];
  actions: DemoAction[];
  signals: DemoSignal[];
}

/** How far back the sample manager's team history reaches. */
export const HISTORY_WEEKS = 26;

type Texts = Record<
  'point' | 'learningPoint' | 'shared' | 'private' | 'action' | 'signal' | 'response',
  readonly ((skill: string) => string)[]
>;

const texts: Record<'nl' | 'en', Texts> = {
  en: {
    point: [
      () => 'How the project handover went',
      () => 'Workload over the coming weeks',
      () => 'Feedback on my last presentation',
      () => 'Working from home versus on site',
      () => 'What I want to learn next quarter',
    ],
    learningPoint: [(skill) => `I want to talk about my learning need: ${skill}`],
    shared: [
      () => 'Agreed to try pairing twice a week and look back next time.',
      () => 'Good progress; the next step is presenting the results to the team.',
      () => 'We keep Friday mornings free for learning.',
    ],
    private: [
      () => 'Seems tired; check the workload again next time.',
      () => 'Ready for more responsibility soon.',
    ],
    action: [
      (skill) => `Find a course or colleague for ${skill}`,
      () => 'Book a session with the buddy',
      () => 'Write down three questions for the team meeting',
      () => 'Share the report with the team',
    ],
    signal: [
      (skill) => `I am stuck with ${skill} on the current project`,
      () => 'I could use help planning my first customer workshop',
      () => 'I do not know whom to ask about the new process',
    ],
    response: [
      () => 'Let us look at it together on Thursday.',
      () => 'I asked a colleague who knows this well to contact you.',
    ],
  },
  nl: {
    point: [
      () => 'Hoe de overdracht van het project ging',
      () => 'Werkdruk in de komende weken',
      () => 'Feedback op mijn laatste presentatie',
      () => 'Thuiswerken tegenover op kantoor',
      () => 'Wat ik volgend kwartaal wil leren',
    ],
    learningPoint: [(skill) => `Ik wil praten over mijn leerbehoefte: ${skill}`],
    shared: [
      () => 'Afgesproken om twee keer per week samen te werken en volgende keer terug te blikken.',
      () => 'Goede vooruitgang; de volgende stap is de resultaten aan het team tonen.',
      () => 'We houden vrijdagochtend vrij om te leren.',
    ],
    private: [
      () => 'Lijkt moe; volgende keer de werkdruk opnieuw bekijken.',
      () => 'Binnenkort klaar voor meer verantwoordelijkheid.',
    ],
    action: [
      (skill) => `Een opleiding of collega zoeken voor ${skill}`,
      () => 'Een afspraak maken met de buddy',
      () => 'Drie vragen noteren voor het teamoverleg',
      () => 'Het verslag met het team delen',
    ],
    signal: [
      (skill) => `Ik zit vast met ${skill} in het huidige project`,
      () => 'Ik kan hulp gebruiken bij het plannen van mijn eerste klantworkshop',
      () => 'Ik weet niet wie ik moet vragen over het nieuwe proces',
    ],
    response: [
      () => 'Laten we er donderdag samen naar kijken.',
      () => 'Ik heb een collega die dit goed kent gevraagd je te contacteren.',
    ],
  },
};

const say = (random: Random, list: readonly ((skill: string) => string)[], skill: string) =>
  random.pick(list)(skill);

/**
 * Months of check-ins for the sample manager's team, so a newcomer signing in as that manager
 * sees a living team view: held check-ins in each person's rhythm (some late), agendas with
 * learning needs, shared and private notes, open and done actions, pulses, one overdue person
 * (the sample employee, whose planned check-in has passed) and a few raised hands in every
 * state. Everyone else with a manager gets one earlier check-in, so organisation-wide figures
 * have something to count without the demo taking much longer to make.
 */
export function generateCheckinHistory(input: {
  people: readonly HistoryPerson[];
  skillNames: readonly string[];
  sampleManager: number;
  sampleEmployee: number;
  today: string;
  seed: number;
}): DemoCheckinHistory {
  const random = createRandom(input.seed ^ 0x5eed);
  const history: DemoCheckinHistory = {
    slippedGoals: [],
    checkins: [],
    agenda: [],
    notes: [],
    actions: [],
    signals: [],
  };
  const skillName = (skill: number | null) => (skill === null ? '' : input.skillNames[skill]);

  input.people.forEach((person, index) => {
    if (person.manager === null || person.startDate > input.today) return;
    const weeks = cadenceFor({
      supportNeed: person.supportNeed,
      startDate: person.startDate,
      override: null,
      settings: defaultCadenceSettings,
      today: input.today,
    }).weeks;
    if (person.manager !== input.sampleManager) {
      const heldOn = addDays(input.today, -random.int(1, weeks * 7 + 7));
      if (heldOn < person.startDate) return;
      history.checkins.push({
        person: index,
        manager: person.manager,
        scheduledOn: heldOn,
        dueOn: addDays(heldOn, random.int(-3, 7)),
        heldOn,
        pulse: null,
      });
      return;
    }
    richHistory(random, history, input, index, person, weeks, skillName);
  });

  const team = input.people
    .map((person, index) => ({ person, index }))
    .filter(({ person }) => person.manager === input.sampleManager);
  const askers = [
    team.find(({ index }) => index === input.sampleEmployee),
    ...random.sample(
      team.filter(({ index }) => index !== input.sampleEmployee),
      Math.min(2, team.length - 1),
    ),
  ].filter((entry) => entry !== undefined);
  // Every third report with an unfinished goal let one slip past its target date.
  team
    .filter(({ person }) => person.openGoals.length > 0)
    .forEach(({ person, index }, i) => {
      if (i % 3 !== 0) return;
      history.slippedGoals.push({
        person: index,
        title: person.openGoals[0],
        targetDate: addDays(input.today, -random.int(7, 30)),
      });
    });
  const states = ['open', 'acknowledged', 'resolved'] as const;
  askers.forEach(({ person, index }, i) => {
    const t = texts[person.locale];
    const skill = person.wanted[0] ?? null;
    const status = states[i % states.length];
    history.signals.push({
      person: index,
      manager: input.sampleManager,
      body: say(random, skill === null ? t.signal.slice(1) : t.signal, skillName(skill)),
      skill,
      urgency: random.pick(['low', 'normal', 'high'] as const),
      status,
      response: status === 'open' ? null : say(random, t.response, ''),
      daysAgo: random.int(1, 10),
    });
  });
  return history;
}

function richHistory(
  random: Random,
  history: DemoCheckinHistory,
  input: { sampleManager: number; sampleEmployee: number; today: string },
  index: number,
  person: HistoryPerson,
  weeks: number,
  skillName: (skill: number | null) => string,
) {
  const t = texts[person.locale];
  const first = addDays(input.today, -HISTORY_WEEKS * 7);
  let due = person.startDate > first ? addDays(person.startDate, weeks * 7) : first;
  const openActions: number[] = [];
  while (due < input.today) {
    const late = random.chance(0.25) ? random.int(2, 10) : random.int(-2, 0);
    const heldOn = addDays(due, late);
    if (heldOn >= input.today) break;
    const checkin = history.checkins.length;
    history.checkins.push({
      person: index,
      manager: input.sampleManager,
      scheduledOn: heldOn,
      dueOn: due,
      heldOn,
      pulse: random.chance(0.7)
        ? {
            support: random.int(2, 5),
            rhythm: random.weighted([
              ['same', 6],
              ['more', 2],
              ['less', 1],
            ] as const),
          }
        : null,
    });
    addTalk(random, history, t, checkin, index, input.sampleManager, person, skillName);
    if (random.chance(0.5)) {
      const skill = person.wanted.length > 0 ? random.pick(person.wanted) : null;
      history.actions.push({
        checkin,
        person: index,
        owner: random.chance(0.7) ? index : input.sampleManager,
        title: say(random, skill === null ? t.action.slice(1) : t.action, skillName(skill)),
        dueOn: addDays(heldOn, 14),
        doneOn: null,
      });
      openActions.push(history.actions.length - 1);
    }
    // Older actions get done, now and then late.
    while (openActions.length > 1 && random.chance(0.7)) {
      const action = history.actions[openActions.shift()!];
      action.doneOn = addDays(action.dueOn, random.int(-5, 5));
      if (action.doneOn > input.today) action.doneOn = input.today;
    }
    due = addDays(heldOn, weeks * 7);
  }
  // The next check-in: planned on its due day; the sample employee's has already passed.
  const scheduledOn =
    index === input.sampleEmployee ? addDays(input.today, -3) : laterDay(due, input.today);
  const next = history.checkins.length;
  history.checkins.push({
    person: index,
    manager: input.sampleManager,
    scheduledOn,
    dueOn: earlierDay(scheduledOn, due),
    heldOn: null,
    pulse: null,
  });
  if (random.chance(0.6)) {
    history.agenda.push({
      checkin: next,
      author: index,
      body: say(random, t.point, ''),
      skill: null,
      discussed: false,
    });
  }
}

function addTalk(
  random: Random,
  history: DemoCheckinHistory,
  t: Texts,
  checkin: number,
  person: number,
  manager: number,
  profile: HistoryPerson,
  skillName: (skill: number | null) => string,
) {
  const need = profile.wanted.length > 0 && random.chance(0.4) ? random.pick(profile.wanted) : null;
  if (need !== null) {
    history.agenda.push({
      checkin,
      author: person,
      body: say(random, t.learningPoint, skillName(need)),
      skill: need,
      discussed: true,
    });
  }
  history.agenda.push({
    checkin,
    author: random.chance(0.5) ? person : manager,
    body: say(random, t.point, ''),
    skill: null,
    discussed: true,
  });
  history.notes.push({
    checkin,
    author: manager,
    visibility: 'shared',
    body: say(random, t.shared, ''),
  });
  if (random.chance(0.3)) {
    history.notes.push({
      checkin,
      author: manager,
      visibility: 'private',
      body: say(random, t.private, ''),
    });
  }
}

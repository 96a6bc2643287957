import type { Rhythm } from '../../contracts/checkins';
import type { CheckinPersonRecord } from '../../db/repositories/checkinPeople';
import type {
  CheckinRhythmRepository,
  CheckinSettingsRecord,
} from '../../db/repositories/checkinRhythms';
import { cadenceFor } from '../../domain/cadence/cadence';

/** Each person's rhythm with its reason and any open wish to change it. */
export async function rhythmsOf(
  deps: { rhythms: CheckinRhythmRepository; settings: CheckinSettingsRecord; today: string },
  people: readonly CheckinPersonRecord[],
): Promise<Map<string, Rhythm>> {
  const ids = people.map((person) => person.id);
  const [overrides, requests] = await Promise.all([
    deps.rhythms.overrides(ids),
    deps.rhythms.openRequests(ids),
  ]);
  const result = new Map<string, Rhythm>();
  for (const person of people) {
    const cadence = cadenceFor({
      supportNeed: person.supportNeed,
      startDate: person.startDate,
      override: overrides.get(person.id) ?? null,
      settings: deps.settings,
      today: deps.today,
    });
    const request = requests.get(person.id);
    result.set(person.id, {
      ...cadence,
      request: request
        ? {
            id: request.id,
            direction: request.direction,
            proposedWeeks: request.proposedWeeks,
            source: request.source,
          }
        : null,
    });
  }
  return result;
}

export async function rhythmOf(
  deps: { rhythms: CheckinRhythmRepository; settings: CheckinSettingsRecord; today: string },
  person: CheckinPersonRecord,
): Promise<Rhythm> {
  return (await rhythmsOf(deps, [person])).get(person.id)!;
}

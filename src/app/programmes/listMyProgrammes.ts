import type { OpenProgrammeList } from '../../contracts/programmes';
import type { Actor } from '../actor';
import { type EnrolmentDeps, programmesOpenTo, toOpenProgramme } from './openProgrammes';

/** The programmes open to me, and whether and how I take part in each. */
export async function listMyProgrammes(
  deps: EnrolmentDeps,
  actor: Actor,
): Promise<OpenProgrammeList> {
  const open = await programmesOpenTo(deps, actor);
  const rows = new Map(
    (await deps.participants.listForPerson(actor.personId)).map((r) => [r.programmeId, r]),
  );
  return { items: open.map((p) => toOpenProgramme(p, rows.get(p.id) ?? null, deps.now)) };
}

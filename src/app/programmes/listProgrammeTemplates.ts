import type { ProgrammeTemplateList } from '../../contracts/programmes';
import { programmeKinds, rolesFor } from '../../domain/programmes/kinds';
import { programmeTemplate, weightedFactors } from '../../domain/programmes/templates';
import { type Actor, isAdmin } from '../actor';
import { forbidden } from '../errors';

/** The starting point of each kind, with the fit factors its sliders weigh. */
export function listProgrammeTemplates(actor: Actor): ProgrammeTemplateList {
  if (!isAdmin(actor)) throw forbidden();
  return {
    items: programmeKinds.map((kind) => ({
      kind,
      settings: programmeTemplate(kind),
      factors: weightedFactors(kind),
      roles: [...rolesFor(kind)],
    })),
  };
}

import type { OrganisationPatch, OrganisationSettings } from '../../contracts/organisation';
import type { OrganisationRepository } from '../../db/repositories/organisations';
import type { Actor } from '../actor';
import { type FieldError, forbidden, invalid, notFound } from '../errors';
import { checkName, checkTimeZone, optionalText } from '../people/fieldChecks';

/**
 * A video link template must be an https:// address (an http:// one only for localhost, for
 * a meeting server under test) once `{id}` is filled in.
 */
function isVideoLinkTemplate(template: string): boolean {
  try {
    const url = new URL(template.replaceAll('{id}', 'meeting'));
    return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
  } catch {
    return false;
  }
}

export async function updateOrganisationSettings(
  deps: { organisation: OrganisationRepository },
  actor: Actor,
  input: OrganisationPatch,
): Promise<OrganisationSettings> {
  if (actor.role !== 'admin') throw forbidden();
  const current = await deps.organisation.get();
  if (!current) throw notFound('organisation');
  const problems: FieldError[] = [];
  const videoLinkTemplate =
    input.videoLinkTemplate === undefined
      ? current.videoLinkTemplate
      : optionalText(input.videoLinkTemplate);
  if (videoLinkTemplate && !isVideoLinkTemplate(videoLinkTemplate)) {
    problems.push({ field: 'videoLinkTemplate', code: 'url' });
  }
  const fields = {
    name: input.name === undefined ? current.name : checkName('name', input.name, problems),
    defaultLocale: input.defaultLocale ?? current.defaultLocale,
    defaultTimeZone:
      input.defaultTimeZone === undefined
        ? current.defaultTimeZone
        : checkTimeZone('defaultTimeZone', input.defaultTimeZone, problems),
    videoLinkTemplate,
  };
  if (problems.length > 0) throw invalid(problems);
  await deps.organisation.update(fields);
  return { ...current, ...fields };
}

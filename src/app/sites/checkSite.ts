import type { SitePatch } from '../../contracts/sites';
import type { SiteFields, SiteRepository } from '../../db/repositories/sites';
import { AppError, type FieldError, invalid } from '../errors';
import { checkName, checkTimeZone, optionalText } from '../people/fieldChecks';

/** A site's new fields merged over its current ones: a unique name and a known time zone. */
export async function checkSite(
  deps: { sites: SiteRepository },
  siteId: string | null,
  current: SiteFields,
  input: SitePatch,
): Promise<SiteFields> {
  const problems: FieldError[] = [];
  const fields: SiteFields = {
    name: input.name === undefined ? current.name : checkName('name', input.name, problems),
    city: input.city === undefined ? current.city : optionalText(input.city),
    timeZone:
      input.timeZone === undefined
        ? current.timeZone
        : checkTimeZone('timeZone', input.timeZone, problems),
  };
  if (problems.length > 0) throw invalid(problems);
  const holder = await deps.sites.idByName(fields.name);
  if (holder && holder !== siteId) {
    throw new AppError('name_taken', { what: 'site' }, [{ field: 'name', code: 'taken' }]);
  }
  return fields;
}

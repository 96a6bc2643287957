import type { CreatePersonBody, UpdatePersonBody } from '../../contracts/people';
import type { PersonFields } from '../../db/repositories/people';
import { normaliseEmail } from '../auth/normaliseEmail';
import type { FieldError } from '../errors';
import { checkLanguages, checkName, checkTimeZone, optionalText } from './fieldChecks';

/** The admin's input as it will be stored: trimmed, e-mail in lower case, zone canonical. */
export function checkAdminFields(
  input: CreatePersonBody | UpdatePersonBody,
  problems: FieldError[],
): Partial<PersonFields> {
  const fields: Partial<PersonFields> = {
    role: input.role,
    teamId: input.teamId,
    managerId: input.managerId,
    siteId: input.siteId,
    startDate: input.startDate,
    seniority: input.seniority,
    locale: input.locale,
  };
  if ('status' in input) fields.status = input.status;
  if (input.name !== undefined) fields.name = checkName('name', input.name, problems);
  if (input.email !== undefined) fields.email = normaliseEmail(input.email);
  if (input.jobTitle !== undefined) fields.jobTitle = optionalText(input.jobTitle);
  if (input.languages !== undefined) {
    fields.languages = checkLanguages('languages', input.languages, problems);
  }
  if (input.timeZone !== undefined) {
    fields.timeZone = checkTimeZone('timeZone', input.timeZone, problems);
  }
  return fields;
}

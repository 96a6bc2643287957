import { duplicateIndexes } from '../../domain/people/duplicates';
import { isLanguageCode } from '../../domain/people/languageCode';
import { canonicalTimeZone } from '../../domain/people/timeZone';
import type { FieldError } from '../errors';

/*
 * Checks of person fields that the schema cannot express, shared by a person editing their own
 * profile and an admin editing anyone's. Each adds its problems to the list and returns the
 * value to store.
 */

export function checkTimeZone(field: string, value: string, problems: FieldError[]): string {
  const zone = canonicalTimeZone(value);
  if (zone === null) problems.push({ field, code: 'time_zone' });
  return zone ?? value;
}

export function checkLanguages(
  field: string,
  values: readonly string[],
  problems: FieldError[],
): string[] {
  const codes = values.map((value) => value.toLowerCase());
  codes.forEach((code, index) => {
    if (!isLanguageCode(code)) problems.push({ field: `${field}.${index}`, code: 'language' });
  });
  for (const index of duplicateIndexes(codes, (code) => code)) {
    problems.push({ field: `${field}.${index}`, code: 'duplicate' });
  }
  return codes;
}

/** Trimmed text; blank becomes a `required` problem when the field must have a value. */
export function checkName(field: string, value: string, problems: FieldError[]): string {
  const trimmed = value.trim();
  if (!trimmed) problems.push({ field, code: 'required' });
  return trimmed;
}

/** Trimmed optional text; blank is stored as no value. */
export const optionalText = (value: string | null): string | null => value?.trim() || null;

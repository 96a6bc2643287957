import { ApiError } from '../api/client';

/**
 * The server's message for one field of a failed request, to show next to that field. By
 * default a problem deeper inside the field (`workPattern.2.endTime`) counts too.
 */
export function fieldError(
  error: unknown,
  field: string,
  options: { exact?: boolean } = {},
): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (options.exact) return error.fields.find((f) => f.field === field)?.message;
  return error.fieldMessage(field);
}

/**
 * Whether every problem of a failed request belongs to one of these fields (or lies inside
 * one): then the form shows them all next to the fields, and no general alert is needed.
 */
export function onlyFieldErrors(error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  return error.fields.every((problem) =>
    fields.some((field) => problem.field === field || problem.field.startsWith(`${field}.`)),
  );
}

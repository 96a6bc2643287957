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

/**
 * The one error module. Use cases throw AppError with a stable code; the HTTP layer maps it to a
 * status and a message in the caller's language (translation key `errors:<code>`), the CLI
 * prints the same message. Anything else that escapes is a bug and becomes a 500.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'csrf_failed'
  | 'rate_limited'
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'token_invalid'
  | 'setup_done'
  | 'demo_only'
  | 'email_taken'
  | 'manager_cycle'
  | 'team_cycle'
  | 'name_taken'
  | 'team_not_empty'
  | 'site_in_use'
  | 'last_admin'
  | 'import_failed'
  | 'match_closed'
  | 'match_answered'
  | 'match_kind'
  | 'pair_not_allowed'
  | 'checkin_closed'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  demo_only: 403,
  not_found: 404,
  conflict: 409,
  setup_done: 409,
  email_taken: 409,
  manager_cycle: 409,
  team_cycle: 409,
  name_taken: 409,
  team_not_empty: 409,
  site_in_use: 409,
  last_admin: 409,
  match_closed: 409,
  match_answered: 409,
  match_kind: 409,
  pair_not_allowed: 409,
  checkin_closed: 409,
  token_invalid: 410,
  import_failed: 422,
  rate_limited: 429,
  too_many_attempts: 429,
  internal: 500,
};

/** A problem with one input field; `code` is a translation key under `errors:field.`. */
export interface FieldError {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(code);
    this.status = STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', { what });
export const forbidden = () => new AppError('forbidden');
export const unauthenticated = () => new AppError('unauthenticated');
export const conflict = (what: string) => new AppError('conflict', { what });
export const invalid = (fields: FieldError[]) => new AppError('validation_failed', {}, fields);
export const invalidField = (
  field: string,
  code: string,
  params?: Record<string, string | number>,
) => invalid([{ field, code, params }]);

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../app/errors';
import type { Translator } from '../i18n/catalog';
import type { Locale } from '../i18n/locales';

interface AjvIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** Turns the schema validator's findings into field errors with translation codes. */
export function fieldErrorsFromValidation(
  issues: AjvIssue[],
  context: string | undefined,
): FieldError[] {
  return issues.map((issue): FieldError => {
    const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const join = (name: unknown) => (base ? `${base}.${String(name)}` : String(name));
    const prefix = context && context !== 'body' ? `${context}.` : '';
    switch (issue.keyword) {
      case 'required':
        return { field: prefix + join(issue.params.missingProperty), code: 'required' };
      case 'additionalProperties':
        return { field: prefix + join(issue.params.additionalProperty), code: 'unknown' };
      case 'minLength':
        return {
          field: prefix + base,
          code: 'too_short',
          params: { min: Number(issue.params.limit) },
        };
      case 'maxLength':
        return {
          field: prefix + base,
          code: 'too_long',
          params: { max: Number(issue.params.limit) },
        };
      case 'minimum':
      case 'minItems':
        return {
          field: prefix + base,
          code: 'too_small',
          params: { min: Number(issue.params.limit) },
        };
      case 'maximum':
      case 'maxItems':
        return {
          field: prefix + base,
          code: 'too_large',
          params: { max: Number(issue.params.limit) },
        };
      case 'enum':
        return {
          field: prefix + base,
          code: 'one_of',
          params: {
            allowed: (issue.params.allowedValues as unknown[])
              .filter((value) => value !== null && value !== '')
              .join(', '),
          },
        };
      case 'format':
        return {
          field: prefix + base,
          code:
            issue.params.format === 'email'
              ? 'email'
              : issue.params.format === 'date'
                ? 'date'
                : 'invalid',
        };
      default:
        return { field: prefix + base, code: 'invalid' };
    }
  });
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: Array<{ field: string; code: string; message: string }>;
  };
}

export function errorBody(error: AppError, locale: Locale, translator: Translator): ErrorBody {
  // `what` names a kind of thing ("person", "team"), translated like the message around it.
  const params =
    typeof error.params.what === 'string'
      ? { ...error.params, what: translator.t(locale, `errors:what.${error.params.what}`) }
      : error.params;
  const body: ErrorBody = {
    error: { code: error.code, message: translator.t(locale, `errors:${error.code}`, params) },
  };
  if (error.fields.length > 0) {
    body.error.fields = error.fields.map((f) => ({
      field: f.field,
      code: f.code,
      message: translator.t(locale, `errors:field.${f.code}`, f.params),
    }));
  }
  return body;
}

const UNIQUE_VIOLATION = '23505';

export function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError & {
    validation?: AjvIssue[];
    validationContext?: string;
  };
  if (fastifyError.validation) {
    return new AppError(
      'validation_failed',
      {},
      fieldErrorsFromValidation(fastifyError.validation, fastifyError.validationContext),
    );
  }
  // Two requests racing past a use case's uniqueness check meet the database's constraint.
  if ((error as { code?: unknown }).code === UNIQUE_VIOLATION)
    return new AppError('conflict', { what: 'record' });
  if (fastifyError.statusCode === 429) return new AppError('rate_limited');
  if (fastifyError.statusCode === 404) return new AppError('not_found', { what: 'page' });
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // Malformed JSON, wrong content type, body too large: the request itself is bad.
    return new AppError('validation_failed', {}, [{ field: 'body', code: 'invalid' }]);
  }
  return new AppError('internal');
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: FastifyError | Error,
  translator: Translator,
) {
  const appError = toAppError(error);
  if (appError.code === 'internal') request.log.error({ err: error }, 'unhandled error');
  return reply.status(appError.status).send(errorBody(appError, request.locale, translator));
}

import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { onlyFieldErrors } from './fieldError';

const failed = (...fields: string[]) =>
  new ApiError(
    400,
    'validation_failed',
    'Check the fields',
    fields.map((field) => ({ field, code: 'required', message: `${field} is wrong` })),
  );

describe('a failed request shown only next to its fields', () => {
  it('is so when every problem lies in a field the form shows', () => {
    expect(onlyFieldErrors(failed('body'), ['body'])).toBe(true);
    expect(onlyFieldErrors(failed('workPattern.2.endTime'), ['workPattern'])).toBe(true);
    expect(onlyFieldErrors(failed('meetingOn', 'rating'), ['meetingOn', 'rating'])).toBe(true);
  });

  it('is not so for a problem elsewhere, a request without field problems, or another error', () => {
    expect(onlyFieldErrors(failed('body', 'skillId'), ['body'])).toBe(false);
    expect(onlyFieldErrors(failed(), ['body'])).toBe(false);
    expect(onlyFieldErrors(new ApiError(409, 'checkin_closed', 'Closed'), ['body'])).toBe(false);
    expect(onlyFieldErrors(new Error('network'), ['body'])).toBe(false);
    expect(onlyFieldErrors(failed('body'), [])).toBe(false);
  });
});

import type { Caller, Kind, World } from './world';

/** One endpoint and the status each caller must get. */
export interface AccessCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The URL; `:id` stands for the id `target` gives. */
  url: string;
  /**
   * The thing behind `:id`, in the main organisation, made fresh for each caller when the
   * request may change or delete it.
   */
  target?: (world: World) => Promise<string>;
  /** What `:id` is: the matrix also tries the main admin on the other organisation's one. */
  kind?: Kind;
  body?: (world: World) => object;
  expect: Record<Caller, number>;
  /** More checks of an answer, e.g. which layers of a person came back. */
  check?: (caller: Caller, body: Record<string, unknown>, world: World) => void;
}

/** Shorthand: the same status for the three roles of the main organisation. */
export const everyRole = (status: number) => ({
  employee: status,
  manager: status,
  admin: status,
});

/** Shorthand: admins only; the other organisation's admin does not find the thing. */
export const adminOnly = (status: number) => ({
  employee: 403,
  manager: 403,
  admin: status,
  otherOrg: 404,
  signedOut: 401,
});

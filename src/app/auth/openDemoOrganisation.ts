import type { Role } from '../actor';
import { notFound } from '../errors';
import { type DemoLookup, type DemoOrganisation, findDemoOrganisation } from './demoAccounts';

/** Builds a demo organisation; the signature of `createDemoOrganisation` bound to a database. */
export type DemoCreator = (options: { people: number; seed: number }) => Promise<{
  organisationId: string;
  accounts: Record<Role, { id: string; email: string }>;
}>;

/** Big enough to show every feature, small enough to create while a visitor waits. */
export const DEMO_SIZE = { people: 60, seed: 1 };

/**
 * The demo organisation, created first when there is none. `create` is null when this
 * installation has no demo generator; asking for a demo that cannot be made is then not found.
 */
export async function openDemoOrganisation(
  deps: DemoLookup & { create: DemoCreator | null },
): Promise<DemoOrganisation> {
  const existing = await findDemoOrganisation(deps);
  if (existing) return existing;
  if (!deps.create) throw notFound('organisation');
  const created = await deps.create(DEMO_SIZE);
  await deps.demoAccountsOf(created.organisationId).record({
    employee: created.accounts.employee.id,
    manager: created.accounts.manager.id,
    admin: created.accounts.admin.id,
  });
  return (await findDemoOrganisation(deps))!;
}

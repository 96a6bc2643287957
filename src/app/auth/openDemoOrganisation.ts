import type { Role } from '../actor';
import { type DemoLookup, type DemoOrganisation, findDemoOrganisation } from './demoAccounts';

/** Builds a demo organisation; the signature of `createDemoOrganisation` bound to a database. */
export type DemoCreator = (options: { people: number; seed: number }) => Promise<{
  organisationId: string;
  accounts: Record<Role, { id: string; email: string }>;
}>;

/** Big enough to show every feature, small enough to create while a visitor waits. */
export const DEMO_SIZE = { people: 60, seed: 1 };

/** The demo organisation, created first when there is none. */
export async function openDemoOrganisation(
  deps: DemoLookup & { create: DemoCreator },
): Promise<DemoOrganisation> {
  const existing = await findDemoOrganisation(deps);
  if (existing) return existing;
  await deps.create(DEMO_SIZE);
  return (await findDemoOrganisation(deps))!;
}

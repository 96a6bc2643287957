import type { DemoAccount, DemoAccountRepository } from '../../db/repositories/demoAccounts';
import type { InstallationRepository } from '../../db/repositories/installation';

export interface DemoOrganisation {
  organisationId: string;
  accounts: DemoAccount[];
}

export interface DemoLookup {
  installation: InstallationRepository;
  demoAccountsOf: (organisationId: string) => DemoAccountRepository;
}

/** The demo organisation and the sample people one signs in as, or null when there is none. */
export async function findDemoOrganisation(deps: DemoLookup): Promise<DemoOrganisation | null> {
  const organisation = await deps.installation.findDemoOrganisation();
  if (!organisation) return null;
  return {
    organisationId: organisation.id,
    accounts: await deps.demoAccountsOf(organisation.id).findSampleAccounts(),
  };
}

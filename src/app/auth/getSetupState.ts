import { type DemoLookup, type DemoOrganisation, findDemoOrganisation } from './demoAccounts';

export interface SetupState {
  /** True until a real (non-demo) organisation exists: the first page offers to create one. */
  needsSetup: boolean;
  demoAvailable: true;
  demo?: DemoOrganisation;
}

export async function getSetupState(deps: DemoLookup): Promise<SetupState> {
  const needsSetup = !(await deps.installation.hasRealOrganisation());
  const demo = await findDemoOrganisation(deps);
  return { needsSetup, demoAvailable: true, ...(demo ? { demo } : {}) };
}

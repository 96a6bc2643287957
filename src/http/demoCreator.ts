import type { DemoCreator } from '../app/auth/openDemoOrganisation';
import type { Database } from '../db/client';

/**
 * The demo generator bound to the database. Its module is loaded on first use: it is large
 * (name lists, skills), and most servers never create a demo.
 */
export function demoCreator(db: Database): DemoCreator {
  return async (options) => {
    const { createDemoOrganisation } = await import('../app/demo/createDemoOrganisation');
    return createDemoOrganisation(db, options);
  };
}

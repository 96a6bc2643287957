import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DemoCreator } from '../app/auth/openDemoOrganisation';
import type { Database } from '../db/client';

const GENERATOR = fileURLToPath(new URL('../app/demo/createDemoOrganisation.ts', import.meta.url));

interface GeneratorModule {
  createDemoOrganisation(
    db: Database,
    options: { people: number; seed: number },
  ): ReturnType<DemoCreator>;
}

/**
 * The demo generator, bound to the database, or null while this build has none. Loaded on
 * first use: it is large, and most requests never need it.
 */
export async function loadDemoCreator(db: Database): Promise<DemoCreator | null> {
  if (!existsSync(GENERATOR)) return null;
  const generator = (await import(pathToFileURL(GENERATOR).href)) as GeneratorModule;
  return (options) => generator.createDemoOrganisation(db, options);
}

import type { RouteModule } from '../server';
import { healthRoutes } from './health';

/** Every resource's routes; the OpenAPI document is built from their schemas. */
export const routeModules: RouteModule[] = [healthRoutes];

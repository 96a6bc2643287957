import type { RouteModule } from '../server';
import { authRoutes } from './auth';
import { healthRoutes } from './health';
import { invitationRoutes } from './invitations';
import { meRoutes } from './me';
import { outboxRoutes } from './outbox';
import { setupRoutes } from './setup';

/** Every resource's routes; the OpenAPI document is built from their schemas. */
export const routeModules: RouteModule[] = [
  healthRoutes,
  authRoutes,
  meRoutes,
  setupRoutes,
  invitationRoutes,
  outboxRoutes,
];

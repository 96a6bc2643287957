import type { RouteModule } from '../server';
import { authRoutes } from './auth';
import { calendarRoutes } from './calendar';
import { checkinRoutes } from './checkins';
import { healthRoutes } from './health';
import { helpSignalRoutes } from './helpSignals';
import { invitationRoutes } from './invitations';
import { matchRoutes } from './matches';
import { meRoutes } from './me';
import { meetingRoutes } from './meetings';
import { notificationRoutes } from './notifications';
import { organisationRoutes } from './organisation';
import { outboxRoutes } from './outbox';
import { peopleRoutes } from './people';
import { peopleImportRoutes } from './peopleImport';
import { profileRoutes } from './profile';
import { programmeRoutes } from './programmes';
import { roundRoutes } from './rounds';
import { setupRoutes } from './setup';
import { siteRoutes } from './sites';
import { skillRoutes } from './skills';
import { teamViewRoutes } from './team';
import { teamRoutes } from './teams';

/** Every resource's routes; the OpenAPI document is built from their schemas. */
export const routeModules: RouteModule[] = [
  healthRoutes,
  authRoutes,
  meRoutes,
  setupRoutes,
  invitationRoutes,
  outboxRoutes,
  profileRoutes,
  peopleRoutes,
  teamRoutes,
  siteRoutes,
  skillRoutes,
  organisationRoutes,
  peopleImportRoutes,
  matchRoutes,
  meetingRoutes,
  calendarRoutes,
  programmeRoutes,
  roundRoutes,
  checkinRoutes,
  teamViewRoutes,
  helpSignalRoutes,
  notificationRoutes,
];

import type { Locale } from '../i18n/locales';

export type Role = 'employee' | 'manager' | 'admin';

/** Who is calling a use case. Organisation scoping and authorisation start from here. */
export interface Actor {
  personId: string;
  organisationId: string;
  role: Role;
  locale: Locale;
  name: string;
  email: string;
  isDemoOrganisation: boolean;
}

export const isAdmin = (actor: Actor) => actor.role === 'admin';

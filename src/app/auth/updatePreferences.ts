import type { AccountRepository } from '../../db/repositories/accounts';
import type { Locale } from '../../i18n/locales';
import type { Actor } from '../actor';
import { getMe, type Me } from './getMe';

/** Saves the signed-in person's own preferences, so they follow them to every device. */
export async function updatePreferences(
  deps: { accounts: AccountRepository; now: Date },
  actor: Actor,
  input: { locale?: Locale },
): Promise<Me> {
  if (input.locale) await deps.accounts.setLocale(actor.personId, input.locale, deps.now);
  return getMe(deps, actor);
}

import { CATALOG } from '../catalog/catalog';
import { checkInSite } from '../domain/check-in';
import { allFacts } from '../platform/account-fact-store';
import { allAccounts } from '../platform/account-store';
import { showCheckInNotification, syncCheckInAlarm } from '../platform/check-in-schedule';
import { t, uiLanguage } from '../platform/i18n';
import { readSettings } from '../platform/settings';

/** Follows the opt-in setting (off by default). */
export async function syncWeeklyCheckIn(): Promise<void> {
  await syncCheckInAlarm((await readSettings()).weeklyCheckIn);
}

/**
 * The weekly reminder: "open your Rakuma account page so Furima Guard can confirm your e-mail and
 * payout account". Only a notification: the guard never requests the page itself.
 */
export async function remindToCheckIn(): Promise<void> {
  if (!(await readSettings()).weeklyCheckIn) return;
  const [{ records: accounts }, facts] = await Promise.all([allAccounts(), allFacts()]);
  const target = checkInSite(CATALOG, new Set(accounts.map((account) => account.credentialGroup)), facts);
  if (!target) return;
  await showCheckInNotification(
    target.url,
    t('checkInTitle'),
    t('checkInBody', [target.site.name[uiLanguage()]]),
  );
}

/** Only catalogued account pages open from a notification. */
export function isCheckInPage(url: string): boolean {
  return CATALOG.some((site) => site.accountPages?.some((page) => page.url === url));
}

import browser from 'webextension-polyfill';

const ALARM = 'weekly-check-in';
const WEEK_MINUTES = 7 * 24 * 60;
const NOTIFICATION_PREFIX = 'check-in|';

/** Keeps the weekly alarm set exactly while the user wants the check-in. */
export async function syncCheckInAlarm(wanted: boolean): Promise<void> {
  const existing = await browser.alarms.get(ALARM);
  if (wanted && !existing)
    await browser.alarms.create(ALARM, { delayInMinutes: WEEK_MINUTES, periodInMinutes: WEEK_MINUTES });
  else if (!wanted && existing) await browser.alarms.clear(ALARM);
}

/** Registered at the worker's top level: the alarm may be what wakes it. */
export function onCheckInAlarm(listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) listener();
  });
}

/** The reminder; its id carries the page to open, so a click needs no stored state. */
export async function showCheckInNotification(url: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${url}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
}

/** One click on the reminder opens the account page in a tab, as if the user had typed it. */
export function onCheckInClicked(isAllowed: (url: string) => boolean): void {
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const url = id.slice(NOTIFICATION_PREFIX.length);
    void browser.notifications.clear(id);
    if (isAllowed(url)) void browser.tabs.create({ url });
  });
}

import browser from 'webextension-polyfill';

export interface Badge {
  text: string;
  title: string;
  tone: 'danger' | 'warn' | 'none';
}

const COLOURS = { danger: '#b3261e', warn: '#8a5300', none: '#4a5564' } as const;

/**
 * Sets the toolbar icon's badge and title for one tab, or the default for every tab without its
 * own (`tabId` undefined). A tab that closed meanwhile is not an error.
 */
export async function showBadge(tabId: number | undefined, badge: Badge): Promise<void> {
  const target = tabId === undefined ? {} : { tabId };
  await Promise.all([
    browser.action.setBadgeText({ ...target, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ ...target, color: COLOURS[badge.tone] }),
    browser.action.setTitle({ ...target, title: badge.title }),
  ]).catch(() => undefined);
}

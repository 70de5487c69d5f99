import { welcomeShownItem } from './contract/storage-items';
import { openExtensionPage } from './tabs';

/** Opens the welcome page unless this profile has seen it already (first install only). */
export async function openWelcomeOnce(now = Date.now()): Promise<void> {
  if ((await welcomeShownItem.get()) !== null) return;
  await welcomeShownItem.set(now);
  await openExtensionPage('welcome');
}

import { initAccountFacts } from './account-facts';
import { initBackgroundRequests } from './background-requests';
import { createPageContext } from './page-context';
import { initPageBanner } from './page-banner';
import { initTypedPasswordCheck } from './typed-password-check';

/**
 * The content script's features, each started with the page's lifetime signal: every listener,
 * observer and timer a feature sets up dies with it. A page leaving (or entering the back-forward
 * cache) aborts them; a page restored from that cache starts them afresh.
 */
const FEATURES = [initBackgroundRequests, initTypedPasswordCheck, initAccountFacts, initPageBanner] as const;

function start(): AbortController {
  const lifetime = new AbortController();
  const context = createPageContext();
  for (const init of FEATURES) {
    try {
      init(context, lifetime.signal);
    } catch {
      // One feature failing must not stop the others, nor throw into the page.
    }
  }
  return lifetime;
}

let lifetime = start();
addEventListener('pagehide', () => lifetime.abort());
addEventListener('pageshow', (event) => {
  if (event.persisted) lifetime = start();
});

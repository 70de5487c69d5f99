import { installSalt } from '../platform/install-salt';
import { openWelcomeOnce } from '../platform/welcome-once';
import {
  migrateStoredData,
  onBrowserStartup,
  onGuardDataChanged,
  onInstalled,
  onPermissionsChanged,
  onRuntimeMessage,
  onSettingsChanged,
  onTabShown,
} from '../platform/worker-events';
import { routeMessage } from './router';
import { refreshBadges } from './toolbar-badge';
import { syncWatchRegistration } from './watch-registration';

onRuntimeMessage(routeMessage);

const resyncWatch = () => void syncWatchRegistration().catch(() => undefined);

onInstalled((reason) => {
  void migrateStoredData().then(installSalt);
  resyncWatch();
  // First install only: an update, a reload or a relaunch must not greet the user again.
  if (reason === 'install') void openWelcomeOnce().catch(() => undefined);
  void refreshBadges();
});
onBrowserStartup(() => {
  void migrateStoredData();
  resyncWatch();
  void refreshBadges();
});
onPermissionsChanged(resyncWatch);
onSettingsChanged(resyncWatch);
onTabShown(() => void refreshBadges());
onGuardDataChanged(() => void refreshBadges());

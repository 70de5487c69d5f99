import { installSalt } from '../platform/install-salt';
import {
  migrateStoredData,
  onBrowserStartup,
  onInstalled,
  onPermissionsChanged,
  onRuntimeMessage,
  onSettingsChanged,
} from '../platform/worker-events';
import { routeMessage } from './router';
import { syncWatchRegistration } from './watch-registration';

onRuntimeMessage(routeMessage);

const resyncWatch = () => void syncWatchRegistration().catch(() => undefined);

onInstalled(() => {
  void migrateStoredData().then(installSalt);
  resyncWatch();
});
onBrowserStartup(() => {
  void migrateStoredData();
  resyncWatch();
});
onPermissionsChanged(resyncWatch);
onSettingsChanged(resyncWatch);

import { installSalt } from '../platform/install-salt';
import {
  migrateStoredData,
  onBrowserStartup,
  onInstalled,
  onPermissionsChanged,
  onRuntimeMessage,
  onSettingsChanged,
} from '../platform/worker-events';
import { serveVerdictWatchers } from '../platform/verdict-store';
import { routeMessage } from './router';
import { syncWatchRegistration } from './watch-registration';
import { onCheckInAlarm, onCheckInClicked } from '../platform/check-in-schedule';
import { isCheckInPage, remindToCheckIn, syncWeeklyCheckIn } from './weekly-check-in';

onRuntimeMessage(routeMessage);
serveVerdictWatchers();

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

// Account sentinel's weekly check-in (opt-in): the alarm, and the reminder's one click.
const resyncCheckIn = () => void syncWeeklyCheckIn().catch(() => undefined);
onInstalled(resyncCheckIn);
onBrowserStartup(resyncCheckIn);
onSettingsChanged(resyncCheckIn);
onCheckInAlarm(() => void remindToCheckIn().catch(() => undefined));
onCheckInClicked(isCheckInPage);

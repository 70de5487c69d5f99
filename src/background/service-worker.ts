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
import { serveVerdictWatchers } from '../platform/verdict-store';
import { routeMessage } from './router';
import { refreshBadges } from './toolbar-badge';
import { syncWatchRegistration } from './watch-registration';
import { onCheckInAlarm, onCheckInClicked } from '../platform/check-in-schedule';
import { isCheckInPage, remindToCheckIn, syncWeeklyCheckIn } from './weekly-check-in';

onRuntimeMessage(routeMessage);
serveVerdictWatchers();

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

// Account sentinel's weekly check-in (opt-in): the alarm, and the reminder's one click.
const resyncCheckIn = () => void syncWeeklyCheckIn().catch(() => undefined);
onInstalled(resyncCheckIn);
onBrowserStartup(resyncCheckIn);
onSettingsChanged(resyncCheckIn);
onCheckInAlarm(() => void remindToCheckIn().catch(() => undefined));
onCheckInClicked(isCheckInPage);
onTabShown(() => void refreshBadges());
onGuardDataChanged(() => void refreshBadges());

import { useEffect, useState } from 'preact/hooks';
import {
  hasAllSitesPermission,
  removeAllSitesPermission,
  requestAllSitesPermission,
} from '../platform/permissions';
import { readSettings, updateSettings } from '../platform/settings';

/** The all-sites phishing watch: on only while both the setting and the permission hold. */
export function useAllSitesWatch() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    void Promise.all([readSettings(), hasAllSitesPermission()]).then(([settings, granted]) =>
      setEnabled(settings.watchAllSites && granted),
    );
  }, []);

  const toggle = async (want: boolean) => {
    setDenied(false);
    if (want) {
      // Must run inside the click: the browser asks the user for the optional permission.
      const granted = await requestAllSitesPermission();
      if (!granted) {
        setDenied(true);
        setEnabled(false);
        return;
      }
    } else {
      // Withdraw the permission too, where the browser can do that safely (see the function).
      await removeAllSitesPermission().catch(() => false);
    }
    await updateSettings(() => ({ watchAllSites: want }));
    setEnabled(want);
  };
  return { enabled, denied, toggle };
}

/** The weekly account check-in (the sentinel schedules its reminder from this setting). */
export function useWeeklyCheckIn() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    void readSettings().then((settings) => setEnabled(settings.weeklyCheckIn));
  }, []);
  const toggle = async (want: boolean) => {
    const saved = await updateSettings(() => ({ weeklyCheckIn: want }));
    setEnabled(saved.weeklyCheckIn);
  };
  return { enabled, toggle };
}

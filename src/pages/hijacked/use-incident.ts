import { useEffect, useRef, useState } from 'preact/hooks';
import type { IncidentRecord } from '../../model/records';
import { t } from '../../platform/i18n';
import { incidentsFor, saveIncident, startIncident } from '../../platform/incident-store';
import { siteById } from '../../catalog/catalog';
import { withSentinelEntries } from './sentinel-entries';

/**
 * The site's incident: the open one, else the newest closed one, else a new one (opening this
 * page is the user saying "I've been hijacked"). Every change is saved at once; a failed save
 * keeps the state on the page and says so.
 */
export function useIncident(siteId: string) {
  const [incident, setIncident] = useState<IncidentRecord>();
  const [problem, setProblem] = useState('');
  // The newest state, not the last rendered one: two changes made before the page redraws (a tick
  // and a timeline entry in quick succession) must build on each other, or the second save drops
  // the first.
  const latest = useRef<IncidentRecord | undefined>(undefined);
  // Saves still running: leaving the page before they end could lose the newest change.
  const [pendingSaves, setPendingSaves] = useState(0);

  useEffect(() => {
    void (async () => {
      try {
        const existing = (await incidentsFor(siteId)).sort((a, b) => b.openedAt - a.openedAt);
        let current = existing.find((item) => item.closedAt === null) ?? existing[0];
        if (!current) {
          current = await startIncident(siteId);
          current.timeline.push({ at: current.openedAt, text: t('hijackedTimelineStarted'), source: 'step' });
        }
        const site = siteById(siteId);
        const shown = site ? await withSentinelEntries(current, site) : current;
        if (shown !== current || !existing.includes(current)) await saveIncident(shown);
        latest.current = shown;
        setIncident(shown);
      } catch (error) {
        setProblem(t('hijackedStorageFailed', [error instanceof Error ? error.name : 'unknown']));
      }
    })();
  }, [siteId]);

  const update = (change: (current: IncidentRecord) => IncidentRecord) => {
    if (!latest.current) return;
    const next = change(structuredClone(latest.current));
    latest.current = next;
    setIncident(next);
    setPendingSaves((count) => count + 1);
    saveIncident(next)
      .then(
        () => setProblem(''),
        (error: unknown) =>
          setProblem(t('hijackedStorageFailed', [error instanceof Error ? error.name : 'unknown'])),
      )
      .finally(() => setPendingSaves((count) => count - 1));
  };
  return { incident, update, problem, saved: pendingSaves === 0 };
}

import { useState } from 'preact/hooks';
import type { IncidentRecord, TimelineEntry } from '../../model/records';
import { t, uiLanguage } from '../../platform/i18n';

const language = uiLanguage();

function localInputValue(ms: number): string {
  const date = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}

export function TimelineView({
  incident,
  onAdd,
}: {
  incident: IncidentRecord;
  onAdd: (entry: TimelineEntry) => void;
}) {
  const [when, setWhen] = useState(localInputValue(Date.now()));
  const [what, setWhat] = useState('');
  const entries = [...incident.timeline].sort((a, b) => a.at - b.at);
  return (
    <div class="timeline">
      {entries.length === 0 ? (
        <p>{t('hijackedTimelineEmpty')}</p>
      ) : (
        <ol data-timeline>
          {entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`} data-source={entry.source}>
              <time dateTime={new Date(entry.at).toISOString()}>
                {new Date(entry.at).toLocaleString(language)}
              </time>{' '}
              {entry.text}
            </li>
          ))}
        </ol>
      )}
      <form
        class="no-print"
        onSubmit={(event) => {
          event.preventDefault();
          const at = new Date(when).getTime();
          if (!what.trim() || Number.isNaN(at)) return;
          onAdd({ at, text: what.trim(), source: 'user' });
          setWhat('');
        }}
      >
        <label>
          {t('hijackedTimelineWhen')}
          <input
            type="datetime-local"
            name="when"
            value={when}
            onInput={(event) => setWhen((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="grow">
          {t('hijackedTimelineWhat')}
          <input
            type="text"
            name="what"
            placeholder={t('hijackedTimelinePlaceholder')}
            value={what}
            onInput={(event) => setWhat((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('hijackedTimelineAdd')}</button>
      </form>
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { hasHostPermission, requestHostPermission } from '../../platform/permissions';
import { readManagedPolicy, readSettings, updateSettings, validEndpoint } from '../../platform/settings';

export function EndpointSection() {
  const [value, setValue] = useState('');
  const [policy, setPolicy] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void readSettings().then((settings) => setValue(settings.hibpEndpoint ?? ''));
    void readManagedPolicy().then((managed) => setPolicy(managed.hibpEndpoint));
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const trimmed = value.trim();
    const endpoint = trimmed === '' ? null : validEndpoint(trimmed);
    if (trimmed !== '' && !endpoint) {
      setStatus(t('optionsEndpointInvalid'));
      return;
    }
    // A mirror is asked with plain GETs only once the user allows its host (the browser asks now,
    // inside the click); until then checks say `unchecked` rather than send a CORS preflight.
    const allowed = endpoint
      ? (await hasHostPermission(endpoint)) || (await requestHostPermission(endpoint).catch(() => false))
      : true;
    await updateSettings(() => ({ hibpEndpoint: endpoint }));
    setStatus(t(allowed ? 'optionsEndpointSaved' : 'optionsEndpointNotAllowed'));
  };

  return (
    <section aria-labelledby="endpoint-title">
      <h2 id="endpoint-title">{t('optionsEndpointTitle')}</h2>
      <p class="help">{t('optionsEndpointHelp')}</p>
      {policy && <p class="policy">{t('optionsEndpointPolicy', [policy])}</p>}
      <form onSubmit={(event) => void save(event)}>
        <label for="endpoint">{t('optionsEndpointLabel')}</label>
        <input
          id="endpoint"
          type="url"
          placeholder="https://api.pwnedpasswords.com/range"
          value={value}
          disabled={policy !== null}
          onInput={(event) => setValue((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={policy !== null}>
          {t('optionsEndpointSave')}
        </button>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}

import type { ChecklistItem } from '../domain/checklist';
import { t, uiLanguage } from '../platform/i18n';
import { checkText } from './check-text';

const language = uiLanguage();

interface Props {
  items: ChecklistItem[];
  onTick: (itemId: string, done: boolean) => void;
}

function ItemRow({ item, onTick }: { item: ChecklistItem; onTick: Props['onTick'] }) {
  const titleId = `check-${item.id}`;
  return (
    <li class={`check state-${item.state}`} data-check-id={item.id} data-state={item.state}>
      {item.automatic ? (
        <span class="badge" aria-hidden="true">
          {item.state === 'done' ? '✓' : item.state === 'attention' ? '!' : '…'}
        </span>
      ) : (
        <input
          type="checkbox"
          aria-labelledby={titleId}
          checked={item.state !== 'todo'}
          onChange={(event) => onTick(item.id, (event.currentTarget as HTMLInputElement).checked)}
        />
      )}
      <div class="check-body">
        <p class="check-title" id={titleId}>
          {checkText(item.title)} <span class="visually-hidden">({t(`state_${item.state}`)})</span>
        </p>
        <p class="check-detail">{checkText(item.detail)}</p>
        {item.state === 'attention' && item.tickedAt && (
          <p class="check-detail">
            {t('popupReviewDue', [new Date(item.tickedAt).toLocaleDateString(language)])}
          </p>
        )}
        {item.link && (
          <a href={item.link.url} target="_blank" rel="noopener noreferrer">
            {checkText(item.link.label)}
          </a>
        )}
        {item.link?.status && item.link.status !== 'verified' && (
          <>
            {' '}
            <span class="muted" data-fact-status={item.link.status}>
              {t('factStatusUnconfirmed')}
            </span>
          </>
        )}
      </div>
    </li>
  );
}

export function ChecklistView({ items, onTick }: Props) {
  const automatic = items.filter((item) => item.automatic);
  const manual = items.filter((item) => !item.automatic);
  return (
    <section aria-labelledby="checklist-title" class="checklist">
      <h2 id="checklist-title" class="visually-hidden">
        {t('popupChecklistTitle')}
      </h2>
      <h3>{t('popupAutomatic')}</h3>
      <ul>
        {automatic.map((item) => (
          <ItemRow key={item.id} item={item} onTick={onTick} />
        ))}
      </ul>
      <h3>{t('popupManual')}</h3>
      <ul>
        {manual.map((item) => (
          <ItemRow key={item.id} item={item} onTick={onTick} />
        ))}
      </ul>
    </section>
  );
}

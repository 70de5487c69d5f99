import type { FactStatus, MarketplaceSite, TwoFactorMethod } from '../model/marketplace';
import { siteById } from '../catalog/catalog';
import { changePasswordUrl } from '../catalog/change-password-url';
import type { ChecklistTick, LastVerdict } from '../model/records';
import type { sentinelStatus } from './fact-change';

export type CheckState = 'done' | 'todo' | 'attention';

/** Text by locale key with substitutions, or literal per-language text from the catalog. */
export type CheckText =
  | {
      key: string;
      substitutions?: string[];
      /** Locale keys translated and joined into the first placeholder (e.g. 2FA methods). */
      listKeys?: string[];
    }
  | { literal: { en: string; ja: string } };

export interface CheckLink {
  url: string;
  label: CheckText;
  /** How sure the catalog is of the linked fact (the support channel); absent for other links. */
  status?: FactStatus;
}

export interface ChecklistItem {
  id: string;
  automatic: boolean;
  state: CheckState;
  title: CheckText;
  detail: CheckText;
  link?: CheckLink;
  /** When a manual tick was made, for "review again" notes. */
  tickedAt?: number;
}

const RECENT_CHECK_DAYS = 30;
const DAY_MS = 86_400_000;

function automaticItems(
  last: LastVerdict | undefined,
  now: number,
  formatDate: (ms: number) => string,
): ChecklistItem[] {
  const tokens = new Set(last?.tokens ?? []);
  const when = last ? formatDate(last.checkedAt) : '';
  const breach: ChecklistItem = !last
    ? {
        id: 'breach-check',
        automatic: true,
        state: 'todo',
        title: { key: 'checkBreachTitle' },
        detail: { key: 'checkNeverChecked' },
      }
    : tokens.has('breached')
      ? {
          id: 'breach-check',
          automatic: true,
          state: 'attention',
          title: { key: 'checkBreachTitle' },
          detail: { key: 'checkBreachFound', substitutions: [when] },
        }
      : tokens.has('unchecked')
        ? {
            id: 'breach-check',
            automatic: true,
            state: 'attention',
            title: { key: 'checkBreachTitle' },
            detail: { key: 'checkBreachUnchecked', substitutions: [when] },
          }
        : {
            id: 'breach-check',
            automatic: true,
            state: 'done',
            title: { key: 'checkBreachTitle' },
            detail: { key: 'checkBreachClean', substitutions: [when] },
          };
  const reuse: ChecklistItem = !last
    ? {
        id: 'reuse-check',
        automatic: true,
        state: 'todo',
        title: { key: 'checkReuseTitle' },
        detail: { key: 'checkNeverChecked' },
      }
    : tokens.has('reused')
      ? {
          id: 'reuse-check',
          automatic: true,
          state: 'attention',
          title: { key: 'checkReuseTitle' },
          detail: { key: 'checkReuseFound', substitutions: [(last.reusedOn ?? []).join(', ')] },
        }
      : {
          id: 'reuse-check',
          automatic: true,
          state: 'done',
          title: { key: 'checkReuseTitle' },
          detail: { key: 'checkReuseClean' },
        };
  const recent: ChecklistItem = !last
    ? {
        id: 'recent-check',
        automatic: true,
        state: 'todo',
        title: { key: 'checkRecentTitle' },
        detail: { key: 'checkNeverChecked' },
      }
    : now - last.checkedAt > RECENT_CHECK_DAYS * DAY_MS
      ? {
          id: 'recent-check',
          automatic: true,
          state: 'attention',
          title: { key: 'checkRecentTitle' },
          detail: { key: 'checkRecentStale', substitutions: [when] },
        }
      : {
          id: 'recent-check',
          automatic: true,
          state: 'done',
          title: { key: 'checkRecentTitle' },
          detail: { key: 'checkRecentDone', substitutions: [when] },
        };
  return [breach, reuse, recent];
}

function methodKeys(methods: readonly TwoFactorMethod[]): string[] {
  return methods.map((method) => `method_${method}`);
}

interface ManualDefinition {
  id: string;
  title: CheckText;
  detail: CheckText;
  link?: CheckLink;
}

function manualDefinitions(site: MarketplaceSite, language: 'en' | 'ja'): ManualDefinition[] {
  const linked = site.linkedLogins?.[0];
  const linkedSite = linked ? siteById(linked.siteId) : undefined;
  const twoFactor: ManualDefinition =
    site.twoFactor.methods.length > 0
      ? {
          id: 'two-factor',
          title: { key: 'checkTwoFactorTitle' },
          detail: {
            key: site.passkeys.supported ? 'checkTwoFactorWithPasskeys' : 'checkTwoFactorWhy',
            listKeys: methodKeys(site.twoFactor.methods),
          },
          ...(site.twoFactor.docs
            ? { link: { url: site.twoFactor.docs, label: { key: 'checkTwoFactorLink' } } }
            : {}),
        }
      : {
          id: 'two-factor',
          title: { key: 'checkTwoFactorNoneTitle' },
          detail: linkedSite
            ? { key: 'checkTwoFactorNoneLinked', substitutions: [linkedSite.name[language]] }
            : { key: 'checkTwoFactorNone' },
          ...(linkedSite
            ? { link: { url: changePasswordUrl(linkedSite), label: { key: 'checkLinkedLink' } } }
            : {}),
        };
  const support = site.support[0];
  return [
    {
      id: 'unique-password',
      title: { key: 'checkUniqueTitle' },
      detail: { key: 'checkUniqueWhy' },
      link: { url: changePasswordUrl(site), label: { key: 'checkUniqueLink' } },
    },
    twoFactor,
    { id: 'email-alerts', title: { key: 'checkEmailTitle' }, detail: { key: 'checkEmailWhy' } },
    {
      id: 'linked-logins',
      title: { key: 'checkLinkedTitle' },
      detail: linked ? { literal: linked.note } : { key: 'checkLinkedWhy' },
      ...(linkedSite
        ? { link: { url: changePasswordUrl(linkedSite), label: { key: 'checkLinkedLink' } } }
        : {}),
    },
    { id: 'payout-account', title: { key: 'checkPayoutTitle' }, detail: { key: 'checkPayoutWhy' } },
    { id: 'sales-balance', title: { key: 'checkBalanceTitle' }, detail: { key: 'checkBalanceWhy' } },
    { id: 'personal-data', title: { key: 'checkPersonalTitle' }, detail: { key: 'checkPersonalWhy' } },
    {
      id: 'support-channel',
      title: { key: 'checkSupportTitle' },
      detail: support?.note ? { literal: support.note } : { key: 'checkSupportWhy' },
      ...(support
        ? {
            link: {
              url: support.kind === 'email' ? `mailto:${support.value}` : support.value,
              label: {
                key: support.kind === 'email' ? 'checkSupportEmail' : 'checkSupportLink',
                substitutions: [support.value],
              },
              status: support.status,
            },
          }
        : {}),
    },
  ];
}

/** The account sentinel's item: registered facts unchanged since a date (see fact-change.ts). */
function sentinelItem(
  status: ReturnType<typeof sentinelStatus> | undefined,
  formatDate: (ms: number) => string,
): ChecklistItem {
  const base = { id: 'account-unchanged', automatic: true, title: { key: 'checkSentinelTitle' } } as const;
  if (!status || status.state === 'todo')
    return { ...base, state: 'todo', detail: { key: 'checkSentinelTodo' } };
  return status.state === 'attention'
    ? {
        ...base,
        state: 'attention',
        detail: { key: 'checkSentinelAttention', substitutions: [formatDate(status.since)] },
      }
    : {
        ...base,
        state: 'done',
        detail: { key: 'checkSentinelDone', substitutions: [formatDate(status.since)] },
      };
}

/**
 * The hardening checklist of one site: automatic items from the last verdict, manual items from the
 * user's ticks. A tick older than the review period asks to be reviewed (`attention`).
 */
export function buildChecklist(
  site: MarketplaceSite,
  last: LastVerdict | undefined,
  ticks: readonly ChecklistTick[],
  options: {
    now: number;
    reviewPeriodDays: number;
    language: 'en' | 'ja';
    formatDate: (ms: number) => string;
    /** What the account sentinel saw of this site's login; absent: nothing yet. */
    sentinel?: ReturnType<typeof sentinelStatus>;
  },
): ChecklistItem[] {
  const byItem = new Map(ticks.filter((tick) => tick.siteId === site.id).map((tick) => [tick.itemId, tick]));
  const manual = manualDefinitions(site, options.language).map((definition): ChecklistItem => {
    const tick = byItem.get(definition.id);
    const stale = tick?.done && options.now - tick.changedAt > options.reviewPeriodDays * DAY_MS;
    return {
      ...definition,
      automatic: false,
      state: tick?.done ? (stale ? 'attention' : 'done') : 'todo',
      ...(tick?.done ? { tickedAt: tick.changedAt } : {}),
    };
  });
  return [
    ...automaticItems(last, options.now, options.formatDate),
    sentinelItem(options.sentinel, options.formatDate),
    ...manual,
  ];
}

export function progressOf(items: readonly ChecklistItem[]): { done: number; total: number } {
  return { done: items.filter((item) => item.state === 'done').length, total: items.length };
}
